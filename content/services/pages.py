"""Content services: the pages part."""
