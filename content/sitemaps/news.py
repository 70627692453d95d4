"""Sitemap sections of the news part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
