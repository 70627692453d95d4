"""Training selectors, one module per part."""
