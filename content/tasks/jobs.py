"""Content tasks: the jobs part."""
