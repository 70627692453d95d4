"""Governance views: the registry part."""
