"""Governance selectors: the documents part."""
