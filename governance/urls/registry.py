"""Governance routes: the registry part."""

from django.urls import path

from ..views import registry as views

urlpatterns: list = [
    path("peer-roles/", views.peer_roles, name="peer_roles"),
    path("peer-roles/<slug:slug>/", views.peer_role, name="peer_role"),
    path("partners/", views.partners, name="partners"),
]
