"""Speakers' bureau services: the requests part."""
