"""Governance forms: the consultations part."""
