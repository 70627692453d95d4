"""Governance in the admin: the registry part."""
