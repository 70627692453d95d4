"""Content forms: the home part."""
