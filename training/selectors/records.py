"""Training selectors: the records part."""
