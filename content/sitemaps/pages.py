"""Sitemap sections of the pages part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
