"""Speakers' bureau views: the vetting part."""
