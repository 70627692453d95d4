"""Routes of the speakers app; its features come with their own issues."""

app_name = "speakers"
urlpatterns: list = []
