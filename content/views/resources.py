"""Content views: the resources part."""
