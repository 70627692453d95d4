"""Governance routes: the honoraria part."""

from django.urls import path

from ..views import honoraria as views

urlpatterns = [
    path("honoraria/", views.honoraria, name="honoraria"),
    path("honoraria/mine/", views.my_honoraria, name="my_honoraria"),
    path(
        "honoraria/mine/<int:pk>/decline/",
        views.honorarium_decline,
        name="honorarium_decline",
    ),
]
