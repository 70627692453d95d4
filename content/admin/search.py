"""Content admin: the search part."""
