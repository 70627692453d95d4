"""Governance routes: the bodies part."""

urlpatterns: list = []
