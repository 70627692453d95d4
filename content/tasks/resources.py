"""Content tasks: the resources part."""
