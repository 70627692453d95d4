"""Governance services: the registry part."""
