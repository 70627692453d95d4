"""Content services: the jobs part."""
