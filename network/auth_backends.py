"""The sign-in backends: Django's and allauth's, reading the signed-in person on each request
with one prepared statement (`network.prepared`) instead of building the same ORM query every
time. Everything else (signing in, permissions) is theirs, unchanged."""

from __future__ import annotations

from allauth.account import auth_backends as allauth_backends
from django.contrib.auth import backends

from members.models import User

from . import prepared

_USER_FIELDS = prepared.fields(User)
_USER_NAMES = prepared.attnames(_USER_FIELDS)
USER_BY_ID = (
    f"SELECT {prepared.select('u', _USER_FIELDS)} "  # noqa: S608 (names are the model's)
    f"FROM {prepared.table(User)} u WHERE u.id = %(id)s"
)


class _PreparedGetUser:
    def get_user(self, user_id):
        try:
            user_id = int(user_id)
        except (TypeError, ValueError):
            return None
        with prepared.cursor() as cursor:
            cursor.execute(USER_BY_ID, {"id": user_id})
            row = cursor.fetchone()
        if row is None:
            return None
        user = prepared.instance(User, _USER_NAMES, row)
        return user if self.user_can_authenticate(user) else None


class ModelBackend(_PreparedGetUser, backends.ModelBackend):
    """Django's: email and password through the admin's and Django's own sign-in."""


class AuthenticationBackend(_PreparedGetUser, allauth_backends.AuthenticationBackend):
    """allauth's: the site's sign-in."""
