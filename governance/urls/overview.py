"""Governance routes: the overview that leads to every part."""

from django.urls import path
from django.views.generic import TemplateView

urlpatterns = [
    path("", TemplateView.as_view(template_name="governance/index.html"), name="index"),
]
