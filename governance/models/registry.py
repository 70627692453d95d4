"""Governance: the registry part's models."""
