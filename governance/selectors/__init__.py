"""Governance selectors, one module per part."""
