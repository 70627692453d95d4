"""Reads about people's accounts, memberships and profiles."""

from collections.abc import Container
from importlib import import_module

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from network.choices import PeerRole, SpokenLanguage
from network.selectors import lhins_coordinated_by

from .models import Membership, Profile, User, Visibility


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


# --- Profiles ------------------------------------------------------------------------------------

# An audience more private than any field: it sees nothing.
NOBODY = Visibility.PUBLIC + 1


def _active_membership(person: User) -> Membership | None:
    membership = getattr(person, "membership", None)
    return membership if membership is not None and membership.is_active else None


def profile_audience(request, profile: Profile) -> int:
    """The most private visibility of `profile` the person asking may see: a field shows to
    them when its visibility is at least this. The owner sees everything; others see the
    profile of an active member only, as coordinators of that member's LHIN, as members, or as
    the public. The profile must come with `person__membership__lhin` loaded."""
    viewer = request.user
    subject = _active_membership(profile.person)
    coordinated: set[int] = set()
    if viewer.is_authenticated and viewer.pk != profile.person_id and subject is not None:
        coordinated = set(
            lhins_coordinated_by(viewer).filter(pk=subject.lhin_id).values_list("pk", flat=True)
        )
    return audience_of(request, profile.person, coordinated=coordinated)


def audience_of(request, person: User, *, coordinated: Container[int]) -> int:
    """`profile_audience` for many people at once: `coordinated` holds the ids of the LHINs the
    viewer coordinates, read once for the whole list. `person` comes with `membership` loaded."""
    viewer = request.user
    if viewer.is_authenticated and viewer.pk == person.pk:
        return Visibility.ONLY_ME
    subject = _active_membership(person)
    if subject is None:  # closing an account ends its membership and deletes its profile
        return NOBODY
    if subject.lhin_id in coordinated:
        return Visibility.COORDINATORS
    own = membership_of(request) if viewer.is_authenticated else None
    if own is not None and own.is_active:
        return Visibility.MEMBERS
    return Visibility.PUBLIC


def profile_shown(profile: Profile, audience: int) -> dict:
    """The fields of `profile` that `audience` may see, ready to show: absent keys are hidden.

    The display name comes first: without it nothing is shown (there is no profile to see).
    """
    if profile.display_name_visibility < audience:
        return {}
    membership = getattr(profile.person, "membership", None)
    shown = {"display_name": profile.person.display_name}
    values = {
        "pronouns": profile.pronouns,
        "bio": profile.bio,
        "photo": bool(profile.photo),
        "lhin": membership.lhin.display_name if membership is not None else "",
        "languages": [SpokenLanguage(code).label for code in profile.languages],
        "interests": [PeerRole(code).label for code in profile.interests],
    }
    for field, value in values.items():
        if value and profile.visibility_of(field) >= audience:
            shown[field] = value
    return shown


def profile_for_viewing(public_id) -> Profile | None:
    return (
        Profile.objects.select_related("person__membership__lhin")
        .filter(public_id=public_id)
        .first()
    )


def directory_profiles(
    *, lhin=None, interest: str = "", language: str = "", name: str = ""
) -> QuerySet[Profile]:
    """The members' directory: active members who chose to be listed, in name order.

    It shows what members may see, so a filter matches a field only where the member shows it
    to members: nobody is found by an interest or an LHIN they keep private.
    """
    profiles = Profile.objects.filter(
        in_directory=True,
        display_name_visibility__gte=Visibility.MEMBERS,
        person__membership__status=Membership.Status.ACTIVE,
        person__membership__expires_at__gt=timezone.now(),
    )
    if lhin is not None:
        profiles = profiles.filter(
            person__membership__lhin=lhin, lhin_visibility__gte=Visibility.MEMBERS
        )
    if interest:
        profiles = profiles.filter(
            interests__contains=[interest], interests_visibility__gte=Visibility.MEMBERS
        )
    if language:
        profiles = profiles.filter(
            languages__contains=[language], languages_visibility__gte=Visibility.MEMBERS
        )
    if name:
        profiles = profiles.filter(person__display_name__icontains=name)
    return profiles.select_related("person__membership__lhin").order_by(
        Lower("person__display_name"), "pk"
    )
