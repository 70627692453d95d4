"""Content views: the contact part."""
