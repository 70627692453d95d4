"""Routes of the speakers' bureau: the vetting part (the reviewers' pages; coordinators work in
the admin)."""

from django.urls import path

from ..views import vetting as views

urlpatterns = [
    path("review/", views.review_list, name="review_list"),
    path("review/<uuid:public_id>/", views.review, name="review"),
]
