"""Governance selectors: the bodies part."""
