"""Governance routes: the honoraria part."""

urlpatterns: list = []
