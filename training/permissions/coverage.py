"""Model permissions of training's coverage part, by role: the report is read by LHIN
coordinators (their LHINs), content editors and network administrators (every LHIN)."""

from governance.permissions.base import crud  # noqa: F401 (kept for symmetry with the parts)

REPORT = ("training.view_coveragereport",)

CONTENT_EDITOR: tuple[str, ...] = REPORT
LHIN_COORDINATOR: tuple[str, ...] = REPORT
NETWORK_ADMINISTRATOR: tuple[str, ...] = REPORT
