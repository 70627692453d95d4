"""Training routes: the assessments part."""

urlpatterns: list = []
