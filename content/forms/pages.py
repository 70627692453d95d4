"""Content forms: the pages part."""
