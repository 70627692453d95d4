"""Speakers' bureau forms: the pages part."""
