"""Content services: the home part."""
