"""Governance in the admin: the documents part."""
