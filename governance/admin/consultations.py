"""Governance in the admin: the consultations part."""
