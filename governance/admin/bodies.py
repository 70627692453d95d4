"""Governance in the admin: the bodies part."""
