"""Sitemap sections of the jobs part (gathered by content.sitemaps): open public postings only."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap

from ..selectors.jobs import jobs_open


class JobSitemap(Sitemap):
    changefreq = "weekly"
    limit = 1000

    def items(self):
        # As a signed-out visitor sees them: members-only postings are never mapped.
        return jobs_open(AnonymousUser()).order_by("closes_on", "pk")

    def lastmod(self, job):
        return job.updated_at


SITEMAPS: dict = {"jobs": JobSitemap}
