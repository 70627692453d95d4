"""Governance forms: the registry part."""
