"""Model permissions of governance's bodies part, by role."""

from .base import crud

# Seats, attendance and decisions are edited inline with their body or meeting.
_BODIES = (
    *crud("governance.body"),
    *crud("governance.seat"),
    *crud("governance.meeting"),
    *crud("governance.attendance"),
    *crud("governance.decision"),
)

GOVERNANCE_MEMBER: tuple[str, ...] = _BODIES
COMPLAINTS_OFFICER: tuple[str, ...] = ()
TREASURER: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = _BODIES
