"""Reads about people's accounts."""

from importlib import import_module

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.utils.crypto import constant_time_compare

from .models import Membership, User


def user_sessions_alive(*, user: User) -> list[UserSession]:
    """The person's sessions that still sign them in, oldest first; dead ones are removed.

    allauth's own list checks each session by loading its user again, a query per session. All
    of them belong to `user`, already loaded, so compare each session's user id and password
    hash to it instead: the same check, one query whatever the number of sessions.
    """
    engine = import_module(settings.SESSION_ENGINE)
    expected_hash = user.get_session_auth_hash()
    alive, dead = [], []
    for session in UserSession.objects.filter(user=user).order_by("created_at"):
        data = engine.SessionStore(session.session_key).load()
        signed_in = str(data.get(SESSION_KEY)) == str(user.pk) and constant_time_compare(
            data.get(HASH_SESSION_KEY, ""), expected_hash
        )
        (alive if signed_in else dead).append(session)
    if dead:
        UserSession.objects.filter(pk__in=[session.pk for session in dead]).delete()
    return alive


def membership_of(request) -> Membership | None:
    """The signed-in person's membership with its LHIN, read once per request."""
    if not hasattr(request, "membership"):
        request.membership = (
            Membership.objects.select_related("lhin").filter(person=request.user).first()
        )
    return request.membership
