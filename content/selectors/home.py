"""Content selectors: the home part (the hero, the latest news and what's on next)."""

from django.db.models import QuerySet
from django.utils import timezone

from ..models import Event, HomePage, NewsPost
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


def upcoming_events(user, *, limit: int = 4) -> QuerySet[Event]:
    """The next events `user` may see, not cancelled and not over yet.

    The events part gives `content.selectors.events.upcoming(user, limit=)`, with training
    sessions beside the events: the home page switches to it when both parts are merged.
    """
    return (
        live_for(Event.objects.all(), user)
        .filter(ends_at__gte=timezone.now(), cancelled=False)
        .select_related("lhin")
        .order_by("starts_at", "pk")[:limit]
    )
