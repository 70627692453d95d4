"""Routes of the content app: the home part. The home page itself is the project's `home` route
(network/urls.py, at the site's root), served by content.views.home.home."""

from django.urls import path

from ..views import home as views

urlpatterns: list = [
    path("home/hero/<str:name>", views.hero_picture, name="home_hero"),
]
