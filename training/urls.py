"""Routes of the training app; its features come with their own issues."""

app_name = "training"
urlpatterns: list = []
