"""The speakers' bureau's demo data: the directory part.

The directory lists the speakers the applications part seeds, and filters by the topics the
pages part seeds (`speakers.demo.pages.TOPICS`): it has no rows of its own.
"""


def seed() -> None:
    return None
