"""Training forms, one module per part."""
