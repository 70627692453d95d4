"""Content views: the pages part."""
