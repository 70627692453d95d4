"""Training views, one module per part."""
