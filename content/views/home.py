"""Content views: the home part (the home page, and its hero picture)."""

import re

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from network import roles

from ..selectors import home as selectors
from ..selectors.events import upcoming

HERO_NAME = re.compile(r"[0-9a-f]{32}\.jpg")
UPCOMING_SHOWN = 4


def _is_member(user) -> bool:
    return user.is_authenticated and (
        roles.has_role(user, roles.FULL_MEMBER) or roles.has_role(user, roles.SUPPORTING_MEMBER)
    )


def _picture_url(hero) -> str:
    if hero is None or not hero.hero_image:
        return ""
    return reverse("content:home_hero", args=[hero.hero_image.name.rsplit("/", 1)[-1]])


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The home page: the editable hero (a default without a picture until an editor writes
    one), what members can do, the latest news and what's on, and the call to join."""
    hero = selectors.home_page()
    return render(
        request,
        "content/home/home.html",
        {
            "hero": hero,
            "hero_picture_url": _picture_url(hero),
            "news": selectors.latest_news(request.user),
            "events": upcoming(request.user, limit=UPCOMING_SHOWN),
            "is_member": _is_member(request.user),
        },
    )


@require_safe
def hero_picture(request: HttpRequest, name: str) -> FileResponse:
    """The home page's picture (public, like the page). A new picture gets a new name, so the
    old address leads nowhere and this one may be cached for good."""
    if not HERO_NAME.fullmatch(name):
        raise Http404
    hero = selectors.home_page_with_picture(name)
    if hero is None or not hero.hero_image.storage.exists(hero.hero_image.name):
        raise Http404
    response = FileResponse(hero.hero_image.open("rb"), content_type="image/jpeg")
    patch_cache_control(response, public=True, max_age=60 * 60 * 24 * 365, immutable=True)
    response["X-Content-Type-Options"] = "nosniff"
    return response
