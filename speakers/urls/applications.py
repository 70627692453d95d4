"""Routes of the speakers' bureau: the applications part."""

urlpatterns: list = []
