"""Routes of the speakers' bureau: the matching part."""

from django.urls import path

from ..views import matching as views

urlpatterns = [
    path("me/engagements/", views.my_engagements, name="my_engagements"),
    path("me/engagements/<int:pk>/", views.engagement, name="engagement"),
    path("me/engagements/<int:pk>/accept/", views.engagement_accept, name="engagement_accept"),
    path("me/engagements/<int:pk>/decline/", views.engagement_decline, name="engagement_decline"),
    path(
        "me/engagements/<int:pk>/withdraw/", views.engagement_withdraw, name="engagement_withdraw"
    ),
    path("me/engagements/<int:pk>/debrief/", views.debrief, name="debrief"),
]
