"""Speakers' bureau selectors: the pages part."""
