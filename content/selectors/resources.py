"""Content selectors: the resources part."""
