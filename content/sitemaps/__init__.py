"""The sitemap (`/sitemap.xml`): public content only, one section per part."""

from . import events, home, jobs, news, pages, resources

SITEMAPS = {}
for _part in (home, pages, news, events, resources, jobs):
    SITEMAPS.update(_part.SITEMAPS)
