"""Governance views, one module per part."""
