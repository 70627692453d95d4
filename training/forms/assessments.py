"""Training forms: the assessments part."""
