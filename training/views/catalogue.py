"""Training views: the catalogue part."""
