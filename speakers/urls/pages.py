"""Routes of the speakers' bureau: the pages part."""

urlpatterns: list = []
