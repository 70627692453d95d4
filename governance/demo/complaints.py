"""Governance demo data: the complaints part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
