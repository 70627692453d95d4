"""Governance services: the complaints part."""
