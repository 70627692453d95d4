"""Speakers' bureau forms: the requests part."""
