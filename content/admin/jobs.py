"""Content admin: the jobs part."""
