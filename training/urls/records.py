"""Training routes: the records part."""

urlpatterns: list = []
