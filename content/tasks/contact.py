"""Content tasks: the contact part."""
