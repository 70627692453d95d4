"""Routes of the content app: the jobs part."""

urlpatterns: list = []
