"""Content tasks: the newsletter part."""
