"""Speakers' bureau selectors: the requests part."""
