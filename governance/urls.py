"""Routes of the governance app; its features come with their own issues."""

app_name = "governance"
urlpatterns: list = []
