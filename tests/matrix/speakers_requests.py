"""Permission-matrix rows of the speakers' bureau's requests part (see tests/matrix/__init__.py)."""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "speakers/host/<str:token>/": ("/speakers/host/{speakers/host}/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from speakers.selectors.requests import host_token
    from speakers.tests.factories import SpeakingRequestFactory

    return {"speakers/host": host_token(SpeakingRequestFactory())}
