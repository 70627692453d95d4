"""Governance views: the honoraria part."""
