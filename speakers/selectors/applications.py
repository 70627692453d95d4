"""Speakers' bureau selectors: the applications part."""
