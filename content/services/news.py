"""Content services: the news part."""
