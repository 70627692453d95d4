"""Demo data of the content app: the newsletter part (called by content.demo.seed_content_demo)."""


def seed() -> None:
    """Filled by the newsletter part."""
