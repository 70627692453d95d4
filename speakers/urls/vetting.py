"""Routes of the speakers' bureau: the vetting part."""

urlpatterns: list = []
