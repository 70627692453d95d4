"""Training demo data: the catalogue part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
