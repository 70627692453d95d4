"""Governance: the complaints part's models."""
