"""Routes of the speakers' bureau: the pages part."""

from django.urls import path

from ..views import pages as views

urlpatterns = [
    path("", views.index, name="index"),
    path("pages/<slug:kind>/", views.page, name="page"),
]
