"""Governance: the consultations part's models."""
