"""Training services: the assessments part."""
