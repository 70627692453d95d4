"""Routes of the speakers' bureau: the applications part."""

from django.urls import path

from ..views import applications as views

urlpatterns = [
    path("me/", views.me, name="me"),
]
