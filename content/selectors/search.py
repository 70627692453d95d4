"""Content selectors: the search part."""
