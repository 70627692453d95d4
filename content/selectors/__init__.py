"""Content selectors, one module per part."""
