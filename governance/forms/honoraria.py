"""Governance forms: the honoraria part."""
