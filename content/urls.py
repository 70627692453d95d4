"""Routes of the content app; its features come with their own issues."""

app_name = "content"
urlpatterns: list = []
