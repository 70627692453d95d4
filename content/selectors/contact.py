"""Content selectors: the contact part."""
