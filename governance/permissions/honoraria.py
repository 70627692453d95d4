"""Model permissions of governance's honoraria part, by role.

Records are never deleted (the books keep them), so nobody gets `delete_honorarium`. Which
records each role sees, and which steps it may take, is narrowed in the admin (see
`governance.selectors.honoraria`): coordinators their LHINs' records, the treasurer the approved
and paid ones. Governance members write the guidelines (a governance document) and may read the
rates, but do not change them: a rate is money paid from the next record on, with no version or
approval of its own, so the network administrator enters what the board approved.
"""

from .base import crud

GOVERNANCE_MEMBER: tuple[str, ...] = ("governance.view_honorariumrate",)
COMPLAINTS_OFFICER: tuple[str, ...] = ()
TREASURER: tuple[str, ...] = (
    "governance.view_honorariumrate",
    "governance.view_honorarium",
    "governance.change_honorarium",  # mark paid
)
LHIN_COORDINATOR: tuple[str, ...] = (
    "governance.view_honorarium",
    "governance.add_honorarium",  # request
    "governance.change_honorarium",  # approve, cancel
)
NETWORK_ADMINISTRATOR: tuple[str, ...] = (
    *crud("governance.honorariumrate"),
    "governance.view_honorarium",
    "governance.add_honorarium",
    "governance.change_honorarium",
)
