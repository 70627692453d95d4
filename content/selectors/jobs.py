"""Content selectors: the jobs part."""
