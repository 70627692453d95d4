"""Content admin: the news part."""
