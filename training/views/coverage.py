"""Training views: the coverage part."""
