"""Routes of the speakers' bureau: the requests part."""

from django.urls import path

from ..views import requests as views

urlpatterns = [
    path("host/<str:token>/", views.host, name="host"),
]
