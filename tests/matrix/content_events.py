"""Permission-matrix rows of the content app's events part (see tests/matrix/__init__.py).

What's on, its calendar and its feed are public (they list what each person may see). The
event of these rows is for members only: members (full or supporting), content editors and
network administrators see it and its calendar file; the signed-out are sent to sign in;
everyone else gets 404, as for an event that does not exist. In the admin, content editors and
network administrators write events; other staff get 403.
"""

from .base import row

_MEMBERS_SEE = row("302 404 200 200 404 200 200 404 200 404 404 200")
_WRITES_EVENTS = row("302 302 302 302 403 200 302 302 403 403 403 200")
_REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")
_EVERYONE = row("200 200 200 200 200 200 200 200 200 200 200 200")
_ADMIN = "admin/content/event/"
_OBJECT = f"/{_ADMIN}{{content/event}}/"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "events/": ("/events/", _EVERYONE),
    "events/calendar/": ("/events/calendar/", _EVERYONE),
    "events/calendar/<int:year>/<int:month>/": ("/events/calendar/2026/3/", _EVERYONE),
    "events/feed.ics": ("/events/feed.ics", _EVERYONE),
    "events/<slug:slug>/": ("/events/{event}/", _MEMBERS_SEE),
    "events/<slug:slug>/event.ics": ("/events/{event}/event.ics", _MEMBERS_SEE),
    _ADMIN: (f"/{_ADMIN}", _WRITES_EVENTS),
    f"{_ADMIN}add/": (f"/{_ADMIN}add/", _WRITES_EVENTS),
    f"{_ADMIN}<path:object_id>/history/": (f"{_OBJECT}history/", _WRITES_EVENTS),
    f"{_ADMIN}<path:object_id>/delete/": (f"{_OBJECT}delete/", _WRITES_EVENTS),
    f"{_ADMIN}<path:object_id>/change/": (f"{_OBJECT}change/", _WRITES_EVENTS),
    f"{_ADMIN}<path:object_id>/": (_OBJECT, _REDIRECT),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above: a members-only event."""
    from content.models import Access
    from content.tests.factories import EventFactory

    event = EventFactory(slug="members-gathering", access=Access.MEMBERS)
    return {"event": event.slug, "content/event": event.pk}
