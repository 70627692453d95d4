"""Content tasks: the news part."""
