"""Demo data of the content app: the search part (called by content.demo.seed_content_demo)."""


def seed() -> None:
    """Filled by the search part."""
