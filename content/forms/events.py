"""Content forms: the events part."""
