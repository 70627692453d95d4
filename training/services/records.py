"""Training services: the records part."""
