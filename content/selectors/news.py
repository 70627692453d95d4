"""Content selectors: the news part."""
