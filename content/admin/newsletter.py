"""Content admin: the newsletter part."""
