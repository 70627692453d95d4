"""Training services: the coverage part."""
