"""Speakers' bureau forms: the applications part."""
