"""Training services: the sessions part."""
