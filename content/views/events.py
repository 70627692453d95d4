"""Content views: the events part."""
