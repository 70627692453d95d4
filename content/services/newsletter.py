"""Content services: the newsletter part."""
