"""Training demo data: the records part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
