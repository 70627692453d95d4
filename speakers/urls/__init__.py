"""The speakers' bureau's routes, one module per part."""

from . import applications, directory, matching, pages, requests, vetting

app_name = "speakers"
urlpatterns = [
    *pages.urlpatterns,
    *applications.urlpatterns,
    *vetting.urlpatterns,
    *directory.urlpatterns,
    *requests.urlpatterns,
    *matching.urlpatterns,
]
