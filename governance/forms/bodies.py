"""Governance forms: the bodies part."""
