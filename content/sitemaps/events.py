"""Sitemap sections of the events part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
