"""Training in the admin: the records part."""
