"""Training selectors: the coverage part."""
