"""Training routes: the sessions part."""

from django.urls import path

from ..views import sessions as views

urlpatterns: list = [
    path("sessions/<int:pk>/", views.session_detail, name="session"),
    path("sessions/<int:pk>/register/", views.session_register, name="session_register"),
    path("sessions/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path("sessions/<int:pk>/calendar.ics", views.session_ics, name="session_ics"),
    path("sessions/<int:pk>/attendance/", views.session_attendance, name="session_attendance"),
    path("my-sessions/", views.my_sessions, name="my_sessions"),
    path("my-sessions/feed/renew/", views.my_sessions_feed_renew, name="my_sessions_feed_renew"),
    path("my-sessions/<str:token>/calendar.ics", views.my_sessions_feed, name="my_sessions_feed"),
]
