"""Content forms: the resources part."""
