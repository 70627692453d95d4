"""Content views: the home part."""
