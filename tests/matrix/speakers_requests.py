"""Permission-matrix rows of the speakers' bureau's requests part (see tests/matrix/__init__.py).

The request form is for anyone, no account needed. The host's pages open with the signed link
alone, whoever holds it (an altered link is 404: speakers/tests/test_requests_host.py). The
request named here is received: it may be cancelled (the confirmation page), and its feedback
page explains that feedback opens after the event.
"""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "speakers/request/": ("/speakers/request/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "speakers/host/<str:token>/": ("/speakers/host/{speakers/host}/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "speakers/host/<str:token>/cancel/": ("/speakers/host/{speakers/host}/cancel/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "speakers/host/<str:token>/feedback/": ("/speakers/host/{speakers/host}/feedback/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from speakers.selectors.requests import host_token
    from speakers.tests.factories import SpeakingRequestFactory

    return {"speakers/host": host_token(SpeakingRequestFactory())}
