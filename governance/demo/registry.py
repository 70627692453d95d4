"""Governance demo data: the registry part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
