"""Governance forms: the documents part."""
