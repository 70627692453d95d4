"""Routes of the content app: the news part."""

from django.urls import path

from ..views import news as views

urlpatterns = [
    path("news/", views.news_list, name="news_list"),
    path("news/feed/rss/", views.news_rss, name="news_rss"),
    path("news/feed/atom/", views.news_atom, name="news_atom"),
    path("news/<slug:slug>/", views.news_post, name="news_post"),
    path("news/<slug:slug>/picture/", views.news_image, name="news_image"),
]
