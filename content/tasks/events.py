"""Content tasks: the events part."""
