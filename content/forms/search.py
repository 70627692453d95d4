"""Content forms: the search part."""
