"""The project's URLconf for the search part's tests, plus a placeholder for each content route
that another part of issue 7 provides and this branch may lack.

The home page and the search link to news posts, events, pages, resources and job postings by
their route names (`get_absolute_url`). Until those parts are merged the names do not exist, so
each missing one gets a placeholder answering 404 (as a missing route would). Once a part is
merged its own route is used, and with every part merged this is the project's URLconf as is.
"""

from django.http import Http404
from django.urls import URLResolver, include, path

from content import urls as content_urls
from network.urls import urlpatterns as project_urlpatterns

# name: route, as the other parts' briefs name them.
PLACEHOLDERS = {
    "news_list": "news/",
    "news_post": "news/<slug:slug>/",
    "event_list": "events/",
    "event": "events/<slug:slug>/",
    "resource_list": "resources/",
    "resource": "resources/<slug:slug>/",
    "job_list": "jobs/",
    "job": "jobs/<slug:slug>/",
}
CATCH_ALL = ("page", "<path:path>/")  # the pages part's, always last


def not_yet(request, **kwargs):
    raise Http404


def _placeholders() -> tuple[list, list]:
    present = {getattr(pattern, "name", None) for pattern in content_urls.urlpatterns}
    before = [
        path(route, not_yet, name=name)
        for name, route in PLACEHOLDERS.items()
        if name not in present
    ]
    after = [] if CATCH_ALL[0] in present else [path(CATCH_ALL[1], not_yet, name=CATCH_ALL[0])]
    return before, after


_before, _after = _placeholders()
urlpatterns = [
    pattern
    for pattern in project_urlpatterns
    if not (isinstance(pattern, URLResolver) and pattern.namespace == "content")
] + [path("", include(([*_before, *content_urls.urlpatterns, *_after], "content")))]

handler500 = "network.views.server_error"
