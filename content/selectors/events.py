"""Content selectors: the events part."""
