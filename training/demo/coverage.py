"""Training demo data: the coverage part: nothing of its own. The report counts the sessions
the catalogue and sessions parts seed."""


def seed() -> None:
    """Idempotent: nothing to write."""
