"""Content services, one module per part."""
