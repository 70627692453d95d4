"""Governance in the admin: the complaints part."""
