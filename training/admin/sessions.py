"""Training in the admin: the sessions part."""
