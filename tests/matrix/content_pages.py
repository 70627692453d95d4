"""Permission-matrix rows of the content app's pages part (see tests/matrix/__init__.py)."""

from .base import row  # noqa: F401

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above."""
    return {}
