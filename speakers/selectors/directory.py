"""Speakers' bureau selectors: the directory part."""
