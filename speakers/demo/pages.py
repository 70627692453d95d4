"""The speakers' bureau's demo data: the pages part."""


def seed() -> None:
    return None
