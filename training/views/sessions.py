"""Training views: the sessions part."""
