"""Content forms: the news part."""
