"""Governance routes: the registry part."""

urlpatterns: list = []
