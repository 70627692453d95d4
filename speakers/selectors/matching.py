"""Speakers' bureau selectors: the matching part."""
