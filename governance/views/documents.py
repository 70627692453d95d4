"""Governance views: the documents part."""
