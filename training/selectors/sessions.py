"""Training selectors: the sessions part."""
