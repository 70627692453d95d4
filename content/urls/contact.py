"""Routes of the content app: the contact part."""

urlpatterns: list = []
