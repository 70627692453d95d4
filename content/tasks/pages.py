"""Content tasks: the pages part."""
