"""Routes of the content app: the resources part (the library)."""

from django.urls import path

from ..views import resources as views

urlpatterns: list = [
    path("resources/", views.resource_list, name="resource_list"),
    path("resources/<slug:slug>/", views.resource_detail, name="resource"),
    path("resources/<slug:slug>/download/", views.resource_download, name="resource_download"),
]
