"""Permission-matrix rows of training's sessions part (see tests/matrix/__init__.py).

A session of a published course and its calendar file are public (the online link only reaches
people registered). Register, cancel and renewing the feed's address take POST only; signed-out
people are sent to sign in. My sessions is for anyone signed in (it lists their own). The feed
answers whoever holds its secret address. Attendance is for the session's facilitators and for
those who run sessions (content editors, network administrators): 404 for everyone else. In the
admin, content editors and network administrators run sessions; a session people registered for
cannot be deleted (it is cancelled instead), so the rows use one without registrations.
"""

from .base import row

_RUNS_SESSIONS = row("302 302 302 302 403 200 302 302 403 403 403 200")
_REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")
_AUTOCOMPLETE = "app_label=training&model_name=session&field_name=facilitators&term=Ri"
_ADMIN = "admin/training/session/"
_OBJECT = f"/{_ADMIN}{{training/session}}/"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "training/sessions/<int:pk>/": ("/training/sessions/{session}/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "training/sessions/<int:pk>/register/": ("/training/sessions/{session}/register/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "training/sessions/<int:pk>/cancel/": ("/training/sessions/{session}/cancel/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "training/sessions/<int:pk>/calendar.ics": ("/training/sessions/{session}/calendar.ics", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "training/sessions/<int:pk>/attendance/": ("/training/sessions/{session}/attendance/", row("302 404 404 404 404 200 404 404 404 404 404 200")),
    "training/my-sessions/": ("/training/my-sessions/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "training/my-sessions/feed/renew/": ("/training/my-sessions/feed/renew/", row("302 405 405 405 405 405 405 405 405 405 405 405")),
    "training/my-sessions/<str:token>/calendar.ics": ("/training/my-sessions/{feed}/calendar.ics", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    # Facilitators are picked by display name, for those who run sessions only.
    f"{_ADMIN}people-autocomplete/": (f"/{_ADMIN}people-autocomplete/?{_AUTOCOMPLETE}", _RUNS_SESSIONS),
    _ADMIN: (f"/{_ADMIN}", _RUNS_SESSIONS),
    f"{_ADMIN}add/": (f"/{_ADMIN}add/", _RUNS_SESSIONS),
    f"{_ADMIN}<path:object_id>/history/": (f"{_OBJECT}history/", _RUNS_SESSIONS),
    f"{_ADMIN}<path:object_id>/delete/": (f"{_OBJECT}delete/", _RUNS_SESSIONS),
    f"{_ADMIN}<path:object_id>/change/": (f"{_OBJECT}change/", _RUNS_SESSIONS),
    f"{_ADMIN}<path:object_id>/": (_OBJECT, _REDIRECT),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """A session the full member holds a seat in (started an hour ago, so attendance can be
    marked), the full member's feed, and a session nobody registered for (for the admin)."""
    from datetime import timedelta

    from django.utils import timezone

    from training.services.sessions import session_feed_of
    from training.tests.factories_sessions import RegistrationFactory, SessionFactory

    full_member = request.getfixturevalue("full_member")
    starts = timezone.now() - timedelta(hours=1)
    session = SessionFactory(starts_at=starts, registration_deadline=starts - timedelta(days=1))
    RegistrationFactory(session=session, person=full_member)
    return {
        "session": session.pk,
        "feed": session_feed_of(full_member).token,
        "training/session": SessionFactory().pk,
    }
