"""Governance's public and member routes, one module per part."""

from . import bodies, complaints, consultations, documents, registry

app_name = "governance"
urlpatterns = [
    *documents.urlpatterns,
    *bodies.urlpatterns,
    *consultations.urlpatterns,
    *complaints.urlpatterns,
    *registry.urlpatterns,
]
