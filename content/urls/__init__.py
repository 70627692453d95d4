"""Routes of the content app, one module per part. Mounted at the site's root (network/urls.py),
last, because the pages part ends with the catch-all that serves the page tree."""

from . import contact, events, home, jobs, news, newsletter, pages, resources, search

app_name = "content"
urlpatterns = [
    *home.urlpatterns,
    *news.urlpatterns,
    *events.urlpatterns,
    *resources.urlpatterns,
    *jobs.urlpatterns,
    *newsletter.urlpatterns,
    *contact.urlpatterns,
    *search.urlpatterns,
    *pages.urlpatterns,  # last: `<path:path>/` answers whatever no other route did
]
