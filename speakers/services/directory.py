"""Speakers' bureau services: the directory part."""
