"""Training selectors: the catalogue part."""
