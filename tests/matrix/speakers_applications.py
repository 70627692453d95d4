"""Permission-matrix rows of the speakers' bureau's applications part (see tests/matrix/__init__.py)."""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "speakers/me/": ("/speakers/me/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    return {}
