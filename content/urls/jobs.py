"""Routes of the content app: the jobs part."""

from django.urls import path

from ..views import jobs as views

urlpatterns: list = [
    path("jobs/", views.job_list, name="job_list"),
    path("jobs/<slug:slug>/", views.job, name="job"),
]
