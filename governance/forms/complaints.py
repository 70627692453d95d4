"""Governance forms: the complaints part."""
