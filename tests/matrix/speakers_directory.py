"""Permission-matrix rows of the speakers' bureau's directory part (see tests/matrix/__init__.py).

The directory and a listed speaker's page are public. The matrix's speaker is listed and
publishes their photo, so everyone sees it; who sees a photo that is not public (the speaker,
assigned reviewers, the home LHIN's coordinators, network administrators: 404 for the rest) is
tested in speakers/tests/test_directory.py.
"""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "speakers/directory/": ("/speakers/directory/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "speakers/directory/<uuid:public_id>/": ("/speakers/directory/{speakers/speaker}/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "speakers/photos/<uuid:public_id>/": ("/speakers/photos/{speakers/speaker}/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from speakers.tests.factories import SpeakerFactory
    from tests.factories import picture_file

    speaker = SpeakerFactory(approved=True, photo=picture_file())
    return {"speakers/speaker": speaker.public_id}
