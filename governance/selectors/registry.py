"""Governance selectors: the registry part."""
