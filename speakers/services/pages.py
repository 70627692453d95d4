"""Speakers' bureau services: the pages part."""
