"""Governance routes: the bodies part."""

from django.urls import path

from ..views import bodies as views

urlpatterns: list = [
    path("bodies/", views.body_list, name="bodies"),
    path("bodies/<slug:slug>/", views.body_detail, name="body"),
    path("bodies/<slug:slug>/meetings/<int:pk>/", views.meeting_detail, name="meeting"),
]
