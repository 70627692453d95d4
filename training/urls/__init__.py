"""Training's routes, one module per part."""

from . import assessments, catalogue, coverage, records, sessions

app_name = "training"
urlpatterns = [
    *catalogue.urlpatterns,
    *sessions.urlpatterns,
    *records.urlpatterns,
    *assessments.urlpatterns,
    *coverage.urlpatterns,
]
