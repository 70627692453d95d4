"""Content admin: the home part."""
