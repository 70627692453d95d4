"""Training routes: the records part (all under /training/, the owner's own)."""

from django.urls import path

from ..views import records as views

urlpatterns: list = [
    path("my-training/", views.my_training, name="my_training"),
    path("my-training/external/add/", views.external_add, name="external_training_add"),
    path("my-training/external/<int:pk>/edit/", views.external_edit, name="external_training_edit"),
    path(
        "my-training/external/<int:pk>/delete/",
        views.external_delete,
        name="external_training_delete",
    ),
    path(
        "my-training/external/<int:pk>/evidence/",
        views.external_evidence,
        name="external_training_evidence",
    ),
    path("my-training/hours/add/", views.hours_add, name="peer_hours_add"),
    path("my-training/hours/<int:pk>/edit/", views.hours_edit, name="peer_hours_edit"),
    path("my-training/hours/<int:pk>/delete/", views.hours_delete, name="peer_hours_delete"),
    path(
        "my-training/certificates/<int:registration_pk>/",
        views.certificate,
        name="certificate",
    ),
]
