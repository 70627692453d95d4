"""Routes of the content app: the search part."""

urlpatterns: list = []
