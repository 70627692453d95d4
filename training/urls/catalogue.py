"""Training routes: the catalogue part."""

from django.urls import path

from ..views import catalogue as views

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("courses/<slug:slug>/", views.course, name="course"),
    path("competencies/", views.competencies, name="competencies"),
    path("competencies/<slug:framework_slug>/<int:number>/", views.competency, name="competency"),
]
