"""Governance services: the honoraria part."""
