"""Routes of the content app: the events part ("What's on")."""

from django.urls import path

from ..views import events as views

urlpatterns: list = [
    path("events/", views.event_list, name="event_list"),
    # Before the events' own addresses: no event may be called "calendar" (Event.clean).
    path("events/calendar/", views.event_calendar, name="event_calendar"),
    path(
        "events/calendar/<int:year>/<int:month>/",
        views.event_calendar,
        name="event_calendar_month",
    ),
    path("events/feed.ics", views.events_feed, name="events_feed"),
    path("events/<slug:slug>/", views.event_detail, name="event"),
    path("events/<slug:slug>/event.ics", views.event_ics, name="event_ics"),
]
