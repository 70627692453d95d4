"""Speakers' bureau views: the pages part."""
