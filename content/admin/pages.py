"""Content admin: the pages part."""
