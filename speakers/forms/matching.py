"""Speakers' bureau forms: the matching part."""
