"""Routes of the forums: the moderation part."""

from django.urls import path

from ..views import moderation as views

urlpatterns = [
    path("p/<int:pk>/report/", views.report, name="report"),
    path("moderation/", views.moderation, name="moderation"),
    # Before the category's queue: "distress" would otherwise read as a category's slug.
    path("moderation/distress/", views.distress_flags, name="distress_flags"),
    path("moderation/p/<int:pk>/act/", views.post_action, name="moderation_post"),
    path("moderation/p/<int:pk>/warn/", views.warn, name="moderation_warn"),
    path("moderation/p/<int:pk>/suspend/", views.suspend, name="moderation_suspend"),
    path("moderation/r/<int:pk>/dismiss/", views.report_dismiss, name="moderation_dismiss"),
    path("moderation/f/<int:pk>/respond/", views.flag_respond, name="moderation_respond"),
    path("moderation/t/<int:pk>/act/", views.thread_action, name="moderation_thread"),
    path("moderation/t/<int:pk>/move/", views.thread_move, name="moderation_move"),
    path("moderation/<slug:slug>/", views.moderation_category, name="moderation_category"),
    path("moderation/<slug:slug>/log/", views.moderation_log, name="moderation_log"),
]
