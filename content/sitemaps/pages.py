"""Sitemap sections of the pages part (gathered by content.sitemaps): the live public pages,
never a members-only, draft or scheduled one."""

from django.contrib.sitemaps import Sitemap

from ..selectors.pages import public_pages


class PageSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return public_pages().order_by("path")

    def lastmod(self, page):
        # A scheduled page changed for its readers when it went live, not when it was written.
        return max(page.updated_at, page.publish_at or page.updated_at)


SITEMAPS: dict = {"pages": PageSitemap}
