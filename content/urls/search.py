"""Routes of the content app: the search part."""

from django.urls import path

from ..views import search as views

urlpatterns: list = [
    path("search/", views.search, name="search"),
]
