"""Routes of the speakers' bureau: the matching part."""

from django.urls import path

from ..views import matching as views

urlpatterns = [
    path("me/engagements/", views.my_engagements, name="my_engagements"),
]
