"""Model permissions of governance's complaints part, by role.

Only complaints officers see cases. Governance members and network administrators see the
monthly counts (the `CaseReport` proxy), which carry no names and no text.
"""

from .base import crud  # noqa: F401 (for the tuples below)

REPORT = ("governance.view_casereport",)

GOVERNANCE_MEMBER: tuple[str, ...] = REPORT
# No add (cases come from the public form) and no delete (the record of a case is kept).
COMPLAINTS_OFFICER: tuple[str, ...] = (
    "governance.view_case",
    "governance.change_case",
    "governance.view_caseevent",
    *REPORT,
)
TREASURER: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = REPORT
