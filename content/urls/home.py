"""Routes of the content app: the home part."""

urlpatterns: list = []
