"""Sitemap sections of the events part (gathered by content.sitemaps): public, published events."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap

from ..models import Event
from ..selectors.access import live_for


class EventSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return live_for(Event.objects.order_by("starts_at", "pk"), AnonymousUser())

    def lastmod(self, event: Event):
        return event.updated_at


SITEMAPS: dict = {"events": EventSitemap}
