"""Content admin: the contact part."""
