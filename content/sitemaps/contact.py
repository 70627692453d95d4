"""Sitemap sections of the contact part (gathered by content.sitemaps)."""

SITEMAPS: dict = {}
