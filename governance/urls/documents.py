"""Governance routes: the documents part."""

urlpatterns: list = []
