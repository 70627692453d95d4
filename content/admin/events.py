"""Content admin: the events part."""
