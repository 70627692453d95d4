"""Speakers' bureau forms: the directory part."""
