"""Training forms: the coverage part."""
