"""Routes of the speakers' bureau: the directory part."""

urlpatterns: list = []
