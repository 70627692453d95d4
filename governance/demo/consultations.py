"""Governance demo data: the consultations part."""


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
