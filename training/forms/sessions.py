"""Training forms: the sessions part."""
