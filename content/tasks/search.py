"""Content tasks: the search part."""
