"""Sitemap sections of the home part (gathered by content.sitemaps): the home page itself."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class HomeSitemap(Sitemap):
    changefreq = "weekly"  # the latest news and events change it
    priority = 1.0

    def items(self) -> list[str]:
        return ["home"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS: dict = {"home": HomeSitemap}
