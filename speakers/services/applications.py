"""Speakers' bureau services: the applications part."""
