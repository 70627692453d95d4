"""Governance routes: the documents part."""

from django.urls import path

from ..views import documents as views

urlpatterns = [
    path("about/", views.statements, name="statements"),
    path("documents/", views.documents, name="documents"),
    path("documents/<slug:slug>/", views.document, name="document"),
    path(
        "documents/<slug:slug>/versions/<int:number>/",
        views.document_version,
        name="document_version",
    ),
    path("documents/<slug:slug>/compare/", views.document_compare, name="document_compare"),
]
