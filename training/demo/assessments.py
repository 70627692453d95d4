"""Training demo data: the assessments part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
