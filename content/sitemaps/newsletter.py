"""Sitemap sections of the newsletter part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
