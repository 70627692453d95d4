"""Model permissions of the speakers' bureau's applications part, by role."""

LHIN_COORDINATOR: tuple[str, ...] = ()
NETWORK_ADMINISTRATOR: tuple[str, ...] = ()
