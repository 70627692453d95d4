"""Speakers' bureau views: the applications part."""
