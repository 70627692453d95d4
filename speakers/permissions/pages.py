"""Model permissions of the speakers' bureau's pages part, by role."""

LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
