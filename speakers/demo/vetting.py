"""The speakers' bureau's demo data: the vetting part."""


def seed() -> None:
    return None
