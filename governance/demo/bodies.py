"""Governance demo data: the bodies part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
