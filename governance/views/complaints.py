"""Governance views: the complaints part."""
