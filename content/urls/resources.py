"""Routes of the content app: the resources part."""

urlpatterns: list = []
