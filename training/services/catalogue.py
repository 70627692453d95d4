"""Training services: the catalogue part."""
