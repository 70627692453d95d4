"""Content views: the news part."""
