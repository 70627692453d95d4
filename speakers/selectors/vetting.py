"""Speakers' bureau selectors: the vetting part."""
