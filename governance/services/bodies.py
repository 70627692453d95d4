"""Governance services: the bodies part."""
