"""Content forms: the jobs part."""
