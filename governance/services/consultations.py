"""Governance services: the consultations part."""
