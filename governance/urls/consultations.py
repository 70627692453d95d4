"""Governance routes: the consultations part."""

from django.urls import path

from ..views import consultations as views

urlpatterns = [
    path("consultations/", views.consultation_list, name="consultations"),
    path("consultations/<int:pk>/", views.consultation_detail, name="consultation"),
    path(
        "consultations/<int:pk>/comment/", views.consultation_comment, name="consultation_comment"
    ),
    path("consultations/<int:pk>/vote/", views.consultation_vote, name="consultation_vote"),
]
