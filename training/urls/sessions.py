"""Training routes: the sessions part."""

urlpatterns: list = []
