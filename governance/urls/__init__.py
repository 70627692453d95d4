"""Governance's public and member routes, one module per part."""

from . import bodies, complaints, consultations, documents, honoraria, overview, registry

app_name = "governance"
urlpatterns = [
    *overview.urlpatterns,
    *documents.urlpatterns,
    *bodies.urlpatterns,
    *consultations.urlpatterns,
    *complaints.urlpatterns,
    *registry.urlpatterns,
    *honoraria.urlpatterns,
]
