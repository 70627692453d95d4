"""Training services, one module per part."""
