"""Training in the admin: the assessments part."""
