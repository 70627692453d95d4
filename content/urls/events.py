"""Routes of the content app: the events part."""

urlpatterns: list = []
