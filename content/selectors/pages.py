"""Content selectors: the pages part."""
