"""Content services: the resources part."""
