"""The site's navigation, as data: the header's main and account links, by URL name and label.

`base.html` renders these lists inside `{% cache %}` fragments (the `template_fragments` cache,
in each process's memory), so the header costs one cache read instead of a dozen reversed URLs
and translations on every page. A fragment varies only by language, by which of these links is
the current page (`nav_path`: the request's path if it is one of them, else empty, so the many
other pages share one fragment) and, for the account links, by whether the person is staff.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Link:
    url_name: str
    label: Promise

    @property
    def url(self) -> str:
        return reverse(self.url_name)


MAIN = (
    Link("home", _("Home")),
    Link("content:page_index", _("About us")),
    Link("content:news_list", _("News")),
    Link("content:event_list", _("What's on")),
    Link("content:resource_list", _("Resources")),
    Link("training:catalogue", _("Training")),
    Link("speakers:index", _("Speakers' bureau")),
    Link("governance:index", _("Governance")),
    Link("content:job_list", _("Jobs")),
    Link("contact", _("Contact")),
)
ACCOUNT = (
    Link("members:account", _("My account")),
    Link("forums:index", _("Forums")),
    Link("mfa_index", _("Security: two-factor")),
    Link("usersessions_list", _("Sessions")),
    Link("account_email", _("Email addresses")),
)
# Also marked as the current page where they appear: the crisis bar, signing in and joining.
OTHERS = ("support_now", "account_login", "account_signup")


@cache
def _paths() -> frozenset[str]:
    """Every path the header can mark as the current page (the URLconf does not change while a
    process runs)."""
    names = [link.url_name for link in (*MAIN, *ACCOUNT)] + list(OTHERS)
    return frozenset(reverse(name) for name in names)


def nav_path(request: HttpRequest) -> str:
    """The request's path if the header links to it, else "" (the fragments' cache key)."""
    path = getattr(request, "path", "")
    return path if path in _paths() else ""
