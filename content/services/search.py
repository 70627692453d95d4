"""Content services: the search part."""
