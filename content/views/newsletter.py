"""Content views: the newsletter part."""
