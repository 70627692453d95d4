"""Speakers' bureau services: the vetting part."""
