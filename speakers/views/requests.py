"""Speakers' bureau views: the requests part."""
