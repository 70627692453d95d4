"""Routes of the forums: the subscriptions part."""

from django.urls import path

from ..views import subscriptions as views

urlpatterns: list = [
    path("t/<int:pk>/watch/", views.watch_thread, name="watch_thread"),
    path("settings/", views.forum_settings, name="settings"),
    path("notifications/", views.notifications, name="notifications"),
    path("unsubscribe/<str:token>/", views.forum_unsubscribe, name="unsubscribe"),
    path("<slug:slug>/watch/", views.watch_category, name="watch_category"),
]
