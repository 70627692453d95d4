"""Model permissions of the speakers' bureau's directory part, by role."""

LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
