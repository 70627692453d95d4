"""Routes of the speakers' bureau: the directory part."""

from django.urls import path

from ..views import directory as views

urlpatterns = [
    path("directory/", views.directory, name="directory"),
    path("directory/<uuid:public_id>/", views.speaker, name="speaker"),
    path("photos/<uuid:public_id>/", views.photo, name="photo"),
]
