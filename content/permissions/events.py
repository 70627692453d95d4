"""Model permissions the events part gives each role (gathered by content.permissions)."""

CONTENT_EDITOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
LHIN_COORDINATOR: tuple[str, ...] = ()
