"""Content views, one module per part."""
