"""Routes of the speakers' bureau: the applications part (the signed-in person's own pages;
none carries an id)."""

from django.urls import path

from ..views import applications as views

urlpatterns = [
    path("apply/", views.apply, name="apply"),
    path("apply/<slug:step>/", views.apply_step, name="apply_step"),
    path("me/", views.me, name="me"),
    path("me/withdraw/", views.withdraw, name="withdraw"),
    path("me/pause/", views.pause, name="pause"),
    path("me/resume/", views.resume, name="resume"),
    path("me/safety-plan/", views.safety_plan, name="safety_plan"),
]
