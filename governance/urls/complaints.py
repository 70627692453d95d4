"""Governance routes: the complaints part."""

urlpatterns: list = []
