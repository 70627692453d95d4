"""Routes of the speakers' bureau: the requests part (the host's side)."""

from django.urls import path

from ..views import requests as views

urlpatterns = [
    path("request/", views.request_speaker, name="request"),
    path("host/<str:token>/", views.host, name="host"),
    path("host/<str:token>/cancel/", views.host_cancel, name="host_cancel"),
    path("host/<str:token>/feedback/", views.host_feedback, name="host_feedback"),
]
