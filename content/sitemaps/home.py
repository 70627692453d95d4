"""Sitemap sections of the home part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
