"""Model permissions of the speakers' bureau's requests part, by role."""

LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
