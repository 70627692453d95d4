"""Training in the admin: the catalogue part."""
