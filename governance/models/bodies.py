"""Governance: the bodies part's models."""
