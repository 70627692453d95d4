"""Governance views: the consultations part."""
