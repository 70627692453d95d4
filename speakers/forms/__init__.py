"""Speakers' bureau forms, one module per part."""
