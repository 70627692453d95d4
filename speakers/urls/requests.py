"""Routes of the speakers' bureau: the requests part."""

urlpatterns: list = []
