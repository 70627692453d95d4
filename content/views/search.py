"""Content views: the search part."""
