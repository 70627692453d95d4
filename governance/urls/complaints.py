"""Governance routes: the complaints part."""

from django.urls import path

from ..views import complaints as views

urlpatterns: list = [
    path("feedback/", views.feedback, name="feedback"),
    path("feedback/sent/", views.feedback_sent, name="feedback_sent"),
    path("feedback/track/<str:token>/", views.feedback_track, name="feedback_track"),
]
