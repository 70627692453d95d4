"""Governance demo data: the documents part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
