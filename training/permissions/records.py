"""Model permissions of training's records part, by role: none. External training, evidence
files and peer-support hours are the member's own and are not in the admin at all; attended
sessions are the sessions part's registrations."""

from governance.permissions.base import crud  # noqa: F401 (for the tuples below)

CONTENT_EDITOR: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
