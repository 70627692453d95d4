"""Routes of the content app: the news part."""

urlpatterns: list = []
