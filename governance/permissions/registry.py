"""Model permissions of governance's registry part, by role.

Governance members own the peer roles matrix and the partnerships, and read the LHIN engagement
strategies and logs. LHIN coordinators keep the strategy and log of their own LHINs: the role
gives the model permissions, and the admin narrows them to the LHINs they are granted.
Competencies are reference data: read-only for those who link roles to them.
"""

from .base import crud

_COMPETENCIES = ("training.view_framework", "training.view_competency")

GOVERNANCE_MEMBER: tuple[str, ...] = (
    *crud("governance.peerrole"),
    *crud("governance.partner"),
    "governance.view_lhinengagementstrategy",
    "governance.view_engagementactivity",
    *_COMPETENCIES,
)
COMPLAINTS_OFFICER: tuple[str, ...] = ()
TREASURER: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = (
    "governance.add_lhinengagementstrategy",
    "governance.change_lhinengagementstrategy",
    "governance.view_lhinengagementstrategy",
    *crud("governance.engagementactivity"),
)
NETWORK_ADMINISTRATOR: tuple[str, ...] = (
    "governance.view_peerrole",
    *crud("governance.partner"),
    *crud("governance.lhinengagementstrategy"),
    *crud("governance.engagementactivity"),
    *_COMPETENCIES,
)
