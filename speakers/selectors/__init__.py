"""Speakers' bureau selectors, one module per part."""
