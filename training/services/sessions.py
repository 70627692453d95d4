"""Training services: the sessions part.

Members with an active membership register for a session; when it is full they join its
waitlist. Every change to who holds a seat (register, cancel, a change of capacity, a session
cancelled) first locks the session row, so two people never get the last seat and a freed seat
goes to the first person waiting in the same transaction. Emails are queued in the transaction
and sent by a worker after the commit (network.services.email_person).
"""

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import Membership
from network.services import audit_record, email_person

from ..models import Registration, Session, SessionFeed

EMAILS = "training/sessions/email/"
# Reminders go out when a session is this close (the beat task runs every hour).
REMINDER_AHEAD = timedelta(days=2)


class RegistrationError(ValidationError):
    """A step that cannot be taken now, in words for the person."""


def membership_refusal(person) -> str:
    """Why the person may not register ("" if they may): an active membership, full or
    supporting, is needed."""
    if person is None or not person.is_authenticated or person.closed_at is not None:
        return _("Only members of the network can register for training sessions.")
    membership = Membership.objects.filter(person=person).first()
    if membership is None:
        return _("Only members of the network can register for training sessions.")
    if not membership.is_active:
        return _("Your membership has lapsed. Renew it to register for training sessions.")
    return ""


def session_refusal(session: Session, *, now: datetime | None = None) -> str:
    """Why the session takes no registrations ("" if it does)."""
    now = now or timezone.now()
    if session.status == Session.Status.CANCELLED:
        return _("This session has been cancelled.")
    if session.starts_at <= now:
        return _("This session has already taken place.")
    if session.registration_deadline <= now:
        return _("Registration for this session has closed.")
    return ""


def _lock(session: Session) -> Session:
    return Session.objects.select_for_update().select_related("course").get(pk=session.pk)


def _seats_taken(session: Session) -> int:
    registered = Registration.objects.filter(session=session, status=Registration.Status.REGISTERED)
    return registered.count()


def _email(registration: Registration, name: str, session: Session) -> None:
    email_person(
        person=registration.person,
        template=f"{EMAILS}{name}",
        context={"session": session, "course": session.course, "registration": registration},
    )


def registration_create(*, session: Session, person) -> Registration:
    """A seat if one is free, else a place at the end of the waitlist."""
    with transaction.atomic():
        session = _lock(session)
        refusal = membership_refusal(person) or session_refusal(session)
        if refusal:
            raise RegistrationError(refusal)
        live = Registration.objects.filter(
            session=session, person=person, status__in=Registration.LIVE
        ).first()
        if live is not None:
            if live.status == Registration.Status.WAITLISTED:
                raise RegistrationError(_("You are already on the waitlist for this session."))
            raise RegistrationError(_("You are already registered for this session."))
        now = timezone.now()
        registration = Registration(session=session, person=person)
        if _seats_taken(session) < session.capacity:
            registration.status = Registration.Status.REGISTERED
        else:
            registration.status = Registration.Status.WAITLISTED
            registration.waitlisted_at = now
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError:  # the one-live-registration constraint, should a check be skipped
            raise RegistrationError(_("You are already registered for this session.")) from None
        audit_record(
            actor=person,
            action=f"training.registration.{registration.status}",
            target=registration,
            session=session.pk,
        )
        _email(registration, registration.status, session)
    return registration


def _promote(session: Session) -> list[Registration]:
    """Give free seats to the people waiting longest. The caller holds the session's lock."""
    if session.status != Session.Status.SCHEDULED or session.starts_at <= timezone.now():
        return []
    free = session.capacity - _seats_taken(session)
    if free <= 0:
        return []
    waiting = list(
        Registration.objects.filter(session=session, status=Registration.Status.WAITLISTED)
        .select_related("person")
        .order_by("waitlisted_at", "pk")[:free]
    )
    now = timezone.now()
    for registration in waiting:
        registration.status = Registration.Status.REGISTERED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        audit_record(
            actor=None,
            action="training.registration.promoted",
            target=registration,
            session=session.pk,
        )
        _email(registration, "promoted", session)
    return waiting


def registration_cancel(*, registration: Registration, actor) -> Registration:
    """Give up a seat or a waitlist place; a freed seat goes at once to the first waiting."""
    with transaction.atomic():
        session = _lock(registration.session)
        registration = Registration.objects.select_related("person").get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            raise RegistrationError(_("This registration is already cancelled."))
        if session.starts_at <= timezone.now():
            raise RegistrationError(_("This session has already taken place."))
        held_seat = registration.status == Registration.Status.REGISTERED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        audit_record(
            actor=actor,
            action="training.registration.cancelled",
            target=registration,
            session=session.pk,
        )
        if held_seat:
            _promote(session)
    return registration


def capacity_refusal(session: Session, capacity: int | None) -> str:
    """Why the session cannot have this many seats ("" if it can): never fewer than the people
    registered (the waitlist does not count)."""
    if session.pk is None or capacity is None:
        return ""
    taken = _seats_taken(session)
    if capacity < taken:
        return _(
            "%(taken)d people are registered; the session needs at least that many seats. "
            "Cancel registrations first to make it smaller."
        ) % {"taken": taken}
    return ""


def session_change_capacity(*, session: Session, capacity: int, actor) -> Session:
    """Set the number of seats; more seats go to the waitlist at once."""
    with transaction.atomic():
        locked = _lock(session)
        refusal = capacity_refusal(locked, capacity)
        if refusal:
            raise RegistrationError({"capacity": refusal})
        before = locked.capacity
        locked.capacity = capacity
        locked.full_clean()
        locked.save(update_fields=["capacity"])
        audit_record(
            actor=actor,
            action="training.session.capacity",
            target=locked,
            before=before,
            after=capacity,
        )
        _promote(locked)
    session.capacity = capacity
    return locked


def session_save(*, session: Session, actor, changed: Iterable[str] = ()) -> Session:
    """Save a session edited in the admin; a change of capacity goes through the lock."""
    with transaction.atomic():
        capacity = session.capacity
        if session.pk is not None and "capacity" in changed:
            session.capacity = Session.objects.get(pk=session.pk).capacity
        session.full_clean()
        session.save()
        audit_record(actor=actor, action="training.session.saved", target=session)
        if session.capacity != capacity:
            session_change_capacity(session=session, capacity=capacity, actor=actor)
    return session


def session_cancel(*, session: Session, actor) -> Session:
    """Cancel the session and tell everyone holding a seat or a waitlist place."""
    with transaction.atomic():
        session = _lock(session)
        if session.status == Session.Status.CANCELLED:
            raise RegistrationError(_("This session is already cancelled."))
        if session.starts_at <= timezone.now():
            raise RegistrationError(_("This session has already taken place."))
        session.status = Session.Status.CANCELLED
        session.save(update_fields=["status"])
        audit_record(actor=actor, action="training.session.cancelled", target=session)
        live = Registration.objects.filter(
            session=session, status__in=Registration.LIVE
        ).select_related("person")
        for registration in live:
            _email(registration, "cancelled", session)
    return session


def may_mark_attendance(session: Session, person) -> bool:
    if not person.is_authenticated:
        return False
    # Those who run sessions in the admin (content editors, network administrators) may too.
    if person.has_perm("training.change_session"):
        return True
    return session.facilitators.filter(pk=person.pk).exists()


def attendance_mark(*, session: Session, marker, attended: dict[int, bool]) -> int:
    """Record who came, for the people registered. Only the session's facilitators or a
    content editor, and only once it has started."""
    with transaction.atomic():
        session = _lock(session)
        if not may_mark_attendance(session, marker):
            raise RegistrationError(_("Only the facilitators of this session mark attendance."))
        if session.status == Session.Status.CANCELLED:
            raise RegistrationError(_("This session has been cancelled."))
        if session.starts_at > timezone.now():
            raise RegistrationError(_("Attendance can be marked once the session has started."))
        registrations = {
            r.person_id: r
            for r in Registration.objects.filter(
                session=session, status=Registration.Status.REGISTERED
            )
        }
        unknown = set(attended) - set(registrations)
        if unknown:
            raise RegistrationError(_("Only people registered for the session can be marked."))
        now = timezone.now()
        for person_id, came in attended.items():
            registration = registrations[person_id]
            registration.attended = bool(came)
            registration.attendance_marked_by = marker
            registration.attendance_marked_at = now
            registration.save(
                update_fields=["attended", "attendance_marked_by", "attendance_marked_at"]
            )
        audit_record(
            actor=marker,
            action="training.session.attendance",
            target=session,
            attended=sum(1 for came in attended.values() if came),
            marked=len(attended),
        )
    return len(attended)


def session_remind(*, session_id: int) -> int:
    """Email the people registered for a session that it is coming. The conditional UPDATE
    claims the session, so a second run (or a second worker) sends nothing."""
    with transaction.atomic():
        claimed = Session.objects.filter(
            pk=session_id, reminder_sent_at__isnull=True, status=Session.Status.SCHEDULED
        ).update(reminder_sent_at=timezone.now())
        if not claimed:
            return 0
        session = Session.objects.select_related("course").get(pk=session_id)
        registrations = Registration.objects.filter(
            session=session, status=Registration.Status.REGISTERED
        ).select_related("person")
        sent = 0
        for registration in registrations:
            if registration.person.closed_at is not None:
                continue
            _email(registration, "reminder", session)
            sent += 1
    return sent


def sessions_due_for_reminder(*, now: datetime | None = None) -> list[int]:
    now = now or timezone.now()
    return list(
        Session.objects.filter(
            status=Session.Status.SCHEDULED,
            reminder_sent_at__isnull=True,
            starts_at__gt=now,
            starts_at__lte=now + REMINDER_AHEAD,
        ).values_list("pk", flat=True)
    )


def sessions_forget_person(*, person) -> int:
    """On account close: cancel the person's live registrations in upcoming sessions, giving
    their seats to the people waiting, and drop their calendar feed."""
    SessionFeed.objects.filter(person=person).delete()
    upcoming = Registration.objects.filter(
        person=person, status__in=Registration.LIVE, session__starts_at__gt=timezone.now()
    ).select_related("session")
    count = 0
    for registration in upcoming:
        registration_cancel(registration=registration, actor=person)
        count += 1
    return count


def session_feed_renew(*, person) -> SessionFeed:
    """A new secret address for the person's calendar feed; the old one stops working."""
    with transaction.atomic():
        SessionFeed.objects.filter(person=person).delete()
        feed = SessionFeed.objects.create(person=person)
        audit_record(actor=person, action="training.session_feed.renewed", target=feed)
    return feed


def session_feed_of(person) -> SessionFeed:
    feed, _created = SessionFeed.objects.get_or_create(person=person)
    return feed
