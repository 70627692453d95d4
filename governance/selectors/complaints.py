"""Governance selectors: the complaints part."""
