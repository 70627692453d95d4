"""Governance demo data: the honoraria part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
