"""Training views: the assessments part."""
