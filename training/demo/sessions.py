"""Training demo data: the sessions part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
