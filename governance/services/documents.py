"""Governance services: the documents part."""
