"""Content forms: the newsletter part."""
