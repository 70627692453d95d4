"""Model permissions of training's coverage part, by role."""

from governance.permissions.base import crud  # noqa: F401 (for the tuples below)

CONTENT_EDITOR: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
