"""Model permissions of governance's consultations part, by role.

Votes and the notices of who was emailed have no admin: nobody but the voter sees a vote."""

from .base import crud

_MODERATE_COMMENTS = (
    "governance.view_consultationcomment",
    "governance.change_consultationcomment",
)

GOVERNANCE_MEMBER: tuple[str, ...] = (*crud("governance.consultation"), *_MODERATE_COMMENTS)
COMPLAINTS_OFFICER: tuple[str, ...] = ()
TREASURER: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = (*crud("governance.consultation"), *_MODERATE_COMMENTS)
