"""Governance services, one module per part."""
