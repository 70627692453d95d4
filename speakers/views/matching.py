"""Speakers' bureau views: the matching part."""
