"""Content selectors: the home part."""
