"""Routes of the content app: the newsletter part."""

urlpatterns: list = []
