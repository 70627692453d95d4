"""Sitemap sections of the search part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
