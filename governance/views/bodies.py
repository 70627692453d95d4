"""Governance views: the bodies part."""
