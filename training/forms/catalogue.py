"""Training forms: the catalogue part."""
