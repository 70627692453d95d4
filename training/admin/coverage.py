"""Training in the admin: the coverage part."""
