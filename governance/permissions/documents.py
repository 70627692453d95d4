"""Model permissions of governance's documents part, by role."""

from .base import crud

# Governance members write and approve the statements, terms of reference and policies; the
# network administrator can step in. The admin still refuses to delete anything once approved.
_DOCUMENTS = (*crud("governance.document"), *crud("governance.documentversion"))

GOVERNANCE_MEMBER: tuple[str, ...] = _DOCUMENTS
COMPLAINTS_OFFICER: tuple[str, ...] = ()
TREASURER: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = _DOCUMENTS
