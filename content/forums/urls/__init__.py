"""Routes of the forums (namespace "forums", mounted at /forums/), one module per part."""

from . import moderation, subscriptions, threads

app_name = "forums"
urlpatterns = [*moderation.urlpatterns, *subscriptions.urlpatterns, *threads.urlpatterns]
