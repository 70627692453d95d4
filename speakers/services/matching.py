"""Speakers' bureau services: the matching part."""
