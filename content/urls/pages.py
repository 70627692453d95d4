"""Routes of the content app: the pages part. The page tree's route answers any address made of
slugs (`who-we-are/staffing/`) that no other route took, so it must stay last."""

from django.urls import path, register_converter

from ..views import pages as views


class PagePathConverter:
    """One or more slugs joined by "/": a page's full address. Nothing else (no dots), so a
    missing file such as /favicon.ico is not redirected to /favicon.ico/ and answered here."""

    regex = r"[-a-zA-Z0-9_]+(?:/[-a-zA-Z0-9_]+)*"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(PagePathConverter, "pagepath")

urlpatterns = [
    path("about/", views.index, name="page_index"),
    path("pages/preview/<int:pk>/", views.page_preview, name="page_preview"),
    path("<pagepath:path>/", views.page, name="page"),
]
