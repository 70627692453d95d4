"""The speakers' bureau's demo data: the requests part."""


def seed() -> None:
    return None
