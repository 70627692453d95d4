"""Training routes: the catalogue part."""

urlpatterns: list = []
