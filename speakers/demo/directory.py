"""The speakers' bureau's demo data: the directory part."""


def seed() -> None:
    return None
