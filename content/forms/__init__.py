"""Content forms, one module per part."""
