"""Content selectors: the home part (the hero, the latest news and what's on next)."""

from django.db.models import QuerySet

from ..models import HomePage, NewsPost
from .access import live_for


def home_page() -> HomePage | None:
    """The home page's hero: one row, edited in the admin; None until an editor writes it."""
    return HomePage.objects.order_by("pk").first()


def home_page_with_picture(name: str) -> HomePage | None:
    """The hero row whose picture is stored under `name`, if that is today's picture."""
    return HomePage.objects.filter(hero_image=f"home/{name}").first()


def latest_news(user, *, limit: int = 3) -> QuerySet[NewsPost]:
    """The newest posts `user` may read: published, due, at their level."""
    return live_for(NewsPost.objects.all(), user, scheduled_field="published_at").order_by(
        "-published_at", "-pk"
    )[:limit]
