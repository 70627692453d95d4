"""The speakers' bureau's demo data: the applications part."""


def seed() -> None:
    return None
