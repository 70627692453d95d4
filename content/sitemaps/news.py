"""Sitemap sections of the news part (gathered by content.sitemaps): public, published posts
whose date has come, never a members-only, draft or scheduled one."""

from django.contrib.sitemaps import Sitemap

from ..selectors.news import public_news_posts


class NewsSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        # Tags are not mapped: the plain rows are enough.
        return public_news_posts().prefetch_related(None)

    def lastmod(self, post):
        return post.updated_at


SITEMAPS: dict = {"news": NewsSitemap}
