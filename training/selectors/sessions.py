"""Training selectors: the sessions part."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from ..models import Registration, Session, SessionFeed


def sessions_with_counts() -> QuerySet[Session]:
    """Sessions with their course and LHIN, and the number registered and waiting."""
    return Session.objects.select_related("course", "lhin").annotate(
        taken=Count(
            "registrations", filter=Q(registrations__status=Registration.Status.REGISTERED)
        ),
        waiting=Count(
            "registrations", filter=Q(registrations__status=Registration.Status.WAITLISTED)
        ),
    )


def session_for_viewer(pk: int) -> Session:
    """A session of a published course (404 otherwise), with its counts."""
    return get_object_or_404(sessions_with_counts().filter(course__is_published=True), pk=pk)


def registration_of(session: Session, user) -> Registration | None:
    """The person's live registration (seat or waitlist place) for the session."""
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(
        session=session, person=user, status__in=Registration.LIVE
    ).first()


def waitlist_position(registration: Registration) -> int:
    """1 for the first person waiting."""
    ahead = Registration.objects.filter(
        session_id=registration.session_id, status=Registration.Status.WAITLISTED
    ).filter(
        Q(waitlisted_at__lt=registration.waitlisted_at)
        | Q(waitlisted_at=registration.waitlisted_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


@dataclass(frozen=True)
class MySessions:
    upcoming: list[Registration]
    past: QuerySet[Registration]


def registrations_of(user, *, now: datetime | None = None) -> MySessions:
    """The person's registrations: upcoming ones (not cancelled by them), and the past."""
    now = now or timezone.now()
    mine = Registration.objects.filter(person=user).select_related(
        "session", "session__course", "session__lhin"
    )
    upcoming = mine.filter(session__ends_at__gt=now, status__in=Registration.LIVE).order_by(
        "session__starts_at"
    )
    past = mine.filter(session__ends_at__lte=now).order_by("-session__starts_at")
    return MySessions(upcoming=list(upcoming), past=past)


def feed_registrations(token: str) -> tuple[SessionFeed, QuerySet[Registration]]:
    """The feed behind a secret address (404 for any other token) and what it lists: the
    person's seats and waitlist places, upcoming and of the last year."""
    feed = SessionFeed.objects.select_related("person").filter(token=token).first()
    if feed is None or feed.person.closed_at is not None or not feed.person.is_active:
        raise Http404
    registrations = (
        Registration.objects.filter(person=feed.person, status__in=Registration.LIVE)
        .filter(session__starts_at__gte=timezone.now() - timedelta(days=365))
        .select_related("session", "session__course")
        .order_by("session__starts_at")
    )
    return feed, registrations


def attendance_registrations(session: Session) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(session=session, status=Registration.Status.REGISTERED)
        .select_related("person")
        .order_by("person__display_name", "pk")
    )


def personal_records_of(user) -> list[dict]:
    """For "My data": every registration of the person, cancelled ones included."""
    registrations = (
        Registration.objects.filter(person=user)
        .select_related("session__course")
        .order_by("session__starts_at", "pk")
    )
    return [
        {
            "training_session": str(r.session.course.display_title),
            "starts_at": r.session.starts_at,
            "status": r.get_status_display(),
            "created_at": r.created_at,
            "waitlisted_at": r.waitlisted_at,
            "promoted_at": r.promoted_at,
            "cancelled_at": r.cancelled_at,
            "attended": r.attended,
        }
        for r in registrations
    ]
