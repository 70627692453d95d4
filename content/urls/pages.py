"""Routes of the content app: the pages part."""

urlpatterns: list = []
