"""Governance selectors: the consultations part."""
