"""Training forms: the records part."""
