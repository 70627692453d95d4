"""Training routes: the coverage part."""

urlpatterns: list = []
