"""Demo data of the content app: the home part (called by content.demo.seed_content_demo)."""


def seed() -> None:
    """Filled by the home part."""
