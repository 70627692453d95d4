"""Permission-matrix rows of training's coverage part (see tests/matrix/__init__.py).

The report is in the admin for LHIN coordinators (their LHINs), content editors and network
administrators (every LHIN); other staff are refused, people without admin access are sent to
the admin's sign-in.
"""

from .base import row

REPORT = row("302 302 302 302 200 200 302 302 403 403 403 200")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "admin/training/coveragereport/": ("/admin/training/coveragereport/", REPORT),
    "admin/training/coveragereport/coverage.csv": ("/admin/training/coveragereport/coverage.csv", REPORT),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    return {}
