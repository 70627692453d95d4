"""Training demo data: the sessions part.

Upcoming sessions of the catalogue's demo courses (made here on the same stable slugs if the
catalogue's seed has not made them): the core workshop in Toronto with a seat for River
(full.member@), an online session that is full with a waitlist River is first on, and a past
session with attendance marked. Idempotent: sessions are keyed by course and place, dates
move along with today, registrations by session and person.
"""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from members.models import User
from network.models import LHIN

from ..models import Course, Registration, Session

CORE_SLUG = "core-knowledge-and-skills"
BOUNDARIES_SLUG = "compassion-fatigue-and-boundaries"

COURSES = {
    CORE_SLUG: {
        "kind": Course.Kind.WORKSHOP,
        "title": "Core knowledge and skills for addictions peer support",
        "title_fr": "Connaissances et compétences de base en soutien par les pairs en dépendances",
        "summary": "The network's addiction-specific core workshop.",
        "summary_fr": "L\u2019atelier de base du réseau, propre aux dépendances.",
        "format": Course.Format.IN_PERSON,
        "language": Course.Language.ENGLISH,
        "duration_hours": 12,
        "addiction_specific": True,
        "is_published": True,
    },
    BOUNDARIES_SLUG: {
        "kind": Course.Kind.WORKSHOP,
        "title": "Compassion fatigue and boundaries",
        "title_fr": "Usure de compassion et limites",
        "summary": "Caring for yourself while you care for others.",
        "summary_fr": "Prendre soin de soi en prenant soin des autres.",
        "format": Course.Format.ONLINE_LIVE,
        "language": Course.Language.BILINGUAL,
        "duration_hours": 3,
        "is_published": True,
    },
}

TORONTO_PLACE = "Community room, 200 Queen Street West, Toronto"
ONLINE_PLACE = ""
ONLINE_URL = "https://meet.example.org/peer-boundaries"
PAST_PLACE = "Training room, 55 Elm Street, Sudbury"


def _course(slug: str) -> Course:
    course = Course.objects.filter(slug=slug).first()
    if course is None:
        course = Course.objects.create(slug=slug, **COURSES[slug])
    return course


def _at(days: int, hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=timezone.get_current_timezone())


def _session(course: Course, *, place: str, days: int, hours: int, **fields) -> Session:
    starts = _at(days, 9 if hours > 3 else 18)
    session, _created = Session.objects.update_or_create(
        course=course,
        place=place,
        defaults={
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=hours),
            "registration_deadline": starts - timedelta(days=2),
            **fields,
        },
    )
    return session


def _register(session: Session, person: User | None, status: str, **fields) -> None:
    if person is None:
        return
    now = timezone.now()
    defaults = {
        "status": status,
        "waitlisted_at": now if status == Registration.Status.WAITLISTED else None,
        **fields,
    }
    # The latest row: someone trying the demo may have cancelled and registered again.
    existing = (
        Registration.objects.filter(session=session, person=person).order_by("-created_at").first()
    )
    if existing is None:
        Registration.objects.create(session=session, person=person, **defaults)
    elif existing.status != status:  # same status: keep the waitlist order it already has
        Registration.objects.filter(session=session, person=person).exclude(pk=existing.pk).update(
            status=Registration.Status.CANCELLED
        )
        for field, value in defaults.items():
            setattr(existing, field, value)
        existing.save()


@transaction.atomic
def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    people = {u.email: u for u in User.objects.filter(email__endswith="@example.org")}
    river = people.get("full.member@example.org")
    sam = people.get("supporting.member@example.org")
    morgan = people.get("speaker@example.org")
    chair = people.get("governance@example.org")
    facilitator = people.get("coordinator@example.org")
    toronto = LHIN.objects.filter(number=7).first()
    north_east = LHIN.objects.filter(number=13).first()
    core, boundaries = _course(CORE_SLUG), _course(BOUNDARIES_SLUG)

    upcoming = _session(
        core,
        place=TORONTO_PLACE,
        days=21,
        hours=6,
        lhin=toronto,
        capacity=12,
        status=Session.Status.SCHEDULED,
    )
    _register(upcoming, river, Registration.Status.REGISTERED)

    # Full: two seats taken, River first on the waitlist, Sam behind.
    full = _session(
        boundaries,
        place=ONLINE_PLACE,
        days=9,
        hours=3,
        lhin=None,
        capacity=2,
        online_url=ONLINE_URL,
        status=Session.Status.SCHEDULED,
    )
    _register(full, morgan, Registration.Status.REGISTERED)
    _register(full, chair, Registration.Status.REGISTERED)
    _register(full, river, Registration.Status.WAITLISTED)
    _register(full, sam, Registration.Status.WAITLISTED)

    past = _session(
        core,
        place=PAST_PLACE,
        days=-30,
        hours=6,
        lhin=north_east,
        capacity=15,
        status=Session.Status.SCHEDULED,
        reminder_sent_at=_at(-32, 10),
    )
    marked = {"attendance_marked_by": facilitator, "attendance_marked_at": _at(-30, 16)}
    _register(past, river, Registration.Status.REGISTERED, attended=True, **marked)
    _register(past, morgan, Registration.Status.REGISTERED, attended=True, **marked)
    _register(past, sam, Registration.Status.REGISTERED, attended=False, **marked)
    for session in (upcoming, full, past):
        if facilitator is not None:
            session.facilitators.add(facilitator)
