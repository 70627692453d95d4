"""Content selectors: the newsletter part."""
