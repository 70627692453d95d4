"""Content admin: the resources part."""
