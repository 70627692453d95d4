"""Content services: the contact part."""
