"""Governance in the admin: the honoraria part."""
