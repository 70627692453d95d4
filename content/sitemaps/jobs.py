"""Sitemap sections of the jobs part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
