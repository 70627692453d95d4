"""Sitemap sections of the resources part (gathered by content.sitemaps): public published
resources only, read through the same rule as the library's list for someone signed out."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap

from ..models import Resource
from ..selectors.access import live_for


class ResourceSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return live_for(Resource.objects.all(), AnonymousUser()).order_by("title", "pk")

    def lastmod(self, resource: Resource):
        return resource.updated_at


SITEMAPS: dict = {"resources": ResourceSitemap}
