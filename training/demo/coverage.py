"""Training demo data: the coverage part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
