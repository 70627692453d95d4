"""The sitemap (`/sitemap.xml`): public content only, one section per part."""

from . import contact, events, home, jobs, news, newsletter, pages, resources, search

SITEMAPS = {}
for _part in (home, pages, news, events, resources, jobs, newsletter, contact, search):
    SITEMAPS.update(_part.SITEMAPS)
