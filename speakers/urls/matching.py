"""Routes of the speakers' bureau: the matching part."""

urlpatterns: list = []
