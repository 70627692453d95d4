"""Content views: the jobs part."""
