"""Governance routes: the consultations part."""

urlpatterns: list = []
