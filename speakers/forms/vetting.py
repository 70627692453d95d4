"""Speakers' bureau forms: the vetting part."""
