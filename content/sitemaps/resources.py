"""Sitemap sections of the resources part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
