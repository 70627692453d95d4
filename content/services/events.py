"""Content services: the events part."""
