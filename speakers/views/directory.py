"""Speakers' bureau views: the directory part."""
