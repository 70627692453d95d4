"""Content tasks: the home part."""
