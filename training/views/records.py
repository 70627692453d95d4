"""Training views: the records part."""
