"""Model permissions of governance's honoraria part, by role."""

from .base import crud  # noqa: F401 (for the tuples below)

GOVERNANCE_MEMBER: tuple[str, ...] = ()
COMPLAINTS_OFFICER: tuple[str, ...] = ()
TREASURER: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
