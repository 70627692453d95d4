"""Governance selectors: the honoraria part."""
