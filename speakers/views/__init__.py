"""Speakers' bureau views, one module per part."""
