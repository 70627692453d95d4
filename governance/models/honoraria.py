"""Governance: the honoraria part's models."""
