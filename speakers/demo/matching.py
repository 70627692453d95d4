"""The speakers' bureau's demo data: the matching part."""


def seed() -> None:
    return None
