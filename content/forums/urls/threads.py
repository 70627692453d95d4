"""Routes of the forums: the threads part."""

from django.urls import path

from ..views import threads as views

urlpatterns = [
    path("", views.index, name="index"),
    path("guidelines/", views.guidelines, name="guidelines"),
    path("t/<int:pk>/", views.thread, name="thread"),
    path("t/<int:pk>/unread/", views.thread_unread, name="thread_unread"),
    path("t/<int:pk>/reply/", views.reply, name="reply"),
    path("p/<int:pk>/", views.post_permalink, name="post"),
    path("p/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("p/<int:pk>/delete/", views.post_delete, name="post_delete"),
    path("p/<int:pk>/history/", views.post_history, name="post_history"),
    path("p/<int:pk>/react/", views.react, name="react"),
    path("people/<int:pk>/mute/", views.mute, name="mute"),
    # Last: a category's address is any slug.
    path("<slug:slug>/", views.category, name="category"),
    path("<slug:slug>/new/", views.thread_new, name="thread_new"),
]
