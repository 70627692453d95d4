"""Governance services: the complaints part.

A case is received from the public form, acknowledged within two business days, reviewed, and
resolved (with a response to the person) within 30 days of receipt, then closed. Each step is a
service here: it checks the current status, records a `CaseEvent` with who and when, writes the
audit log, and emails the person (when they gave an address) after the commit.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import User
from network import roles
from network.selectors import network_administrators
from network.services import audit_record, email_person, yearly_reference

from ..models import Case, CaseEvent

TORONTO = ZoneInfo("America/Toronto")
ACKNOWLEDGE_WITHIN_BUSINESS_DAYS = 2
RESPOND_WITHIN_DAYS = 30
EMAIL_DIR = "governance/complaints/email"
# Any fixed number: it serializes the numbering of references (pg_advisory_xact_lock).
_REFERENCE_LOCK = 4_2026_0042


class CaseError(Exception):
    """A step that cannot be taken now; the message says why, in words for the officer."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- Deadlines ----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _ontario_holidays(year: int) -> holidays.HolidayBase:
    return holidays.Canada(subdiv="ON", years=[year, year + 1])


def is_business_day(day: date) -> bool:
    """Monday to Friday, and not an Ontario statutory holiday (or its observed day)."""
    return day.weekday() < 5 and day not in _ontario_holidays(day.year)


def _end_of(day: date) -> datetime:
    """The last moment of `day` in Toronto: midnight at the start of the next day, local time."""
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=TORONTO)


@dataclass(frozen=True)
class Deadlines:
    acknowledge_by: datetime
    respond_by: datetime


def case_deadlines(received_at: datetime) -> Deadlines:
    """When a case received at `received_at` must be acknowledged and answered.

    Acknowledge by the end of the second business day after the day of receipt (weekends and
    Ontario statutory holidays do not count); respond by the end of the 30th calendar day.
    Days are Toronto days, whatever time zone `received_at` is in.
    """
    received_on = timezone.localtime(received_at, TORONTO).date()
    day, counted = received_on, 0
    while counted < ACKNOWLEDGE_WITHIN_BUSINESS_DAYS:
        day += timedelta(days=1)
        if is_business_day(day):
            counted += 1
    return Deadlines(
        acknowledge_by=_end_of(day),
        respond_by=_end_of(received_on + timedelta(days=RESPOND_WITHIN_DAYS)),
    )


# --- Tracking tokens ----------------------------------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_matches(case: Case, token: str) -> bool:
    """Constant-time comparison, so the time taken tells nothing about the stored hash."""
    return hmac.compare_digest(case.token_hash, token_hash(token))


def tracking_url(token: str) -> str:
    return settings.SITE_URL + reverse("governance:feedback_track", args=[token])


# --- Emails to the person -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Addressee:
    """The person behind a case, as `email_person` needs them: the address they gave and the
    language they wrote in (many have no account, so there is no User to pass)."""

    email: str
    preferred_language: str
    display_name: str


def _email_case_person(case: Case, name: str, context: dict | None = None) -> None:
    if not case.email:
        return
    email_person(
        person=_Addressee(case.email, case.language, case.name),
        template=f"{EMAIL_DIR}/{name}",
        context={"case": case, **(context or {})},
    )


# --- Telling the officers -----------------------------------------------------------------------


def complaints_officers():
    return User.objects.filter(
        groups__name=roles.COMPLAINTS_OFFICER.group_name, is_active=True
    ).distinct()


def admin_case_url(case: Case) -> str:
    return settings.SITE_URL + reverse("admin:governance_case_change", args=[case.pk])


def _tell_officers(case: Case, name: str) -> None:
    """A word to every complaints officer that a case needs them: its reference and a link,
    nothing of its contents (an inbox is not the place for them)."""
    context = {
        "reference": case.reference,
        "admin_url": admin_case_url(case),
        "case_kind": case.kind,
    }
    for officer in complaints_officers():
        email_person(person=officer, template=f"{EMAIL_DIR}/{name}", context=context)


# --- Receiving ----------------------------------------------------------------------------------


def _next_reference(received_at: datetime) -> str:
    return yearly_reference(
        queryset=Case.objects, prefix="C", lock_key=_REFERENCE_LOCK, at=received_at
    )


def _supported(language: str) -> str:
    """A language the site speaks: "fr-ca" gives "fr", and an unknown one English."""
    code = (language or "").split("-")[0].lower()
    return code if code in dict(settings.LANGUAGES) else "en"


@transaction.atomic
def case_submit(
    *,
    kind: str,
    category: str,
    what_happened: str,
    outcome_hoped: str = "",
    name: str = "",
    email: str = "",
    phone: str = "",
    preferred_contact: str = "",
    person: User | None = None,
    language: str = "en",
) -> tuple[Case, str]:
    """Record a case from the public form. Returns the case and its raw tracking token, which
    is shown once and never stored (only its hash is)."""
    now = timezone.now()
    deadlines = case_deadlines(now)
    token = secrets.token_urlsafe(32)
    case = Case(
        reference=_next_reference(now),
        kind=kind,
        category=category,
        what_happened=what_happened.strip(),
        outcome_hoped=outcome_hoped.strip(),
        name=name.strip(),
        email=email.strip(),
        phone=phone.strip(),
        preferred_contact=preferred_contact,
        person=person if person is not None and person.is_authenticated else None,
        language=_supported(language),
        received_at=now,
        acknowledge_by=deadlines.acknowledge_by,
        respond_by=deadlines.respond_by,
        token_hash=token_hash(token),
    )
    case.full_clean()
    case.save()
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.STATUS,
        to_status=Case.Status.RECEIVED,
        at=now,
        is_public=True,
    )
    # The actor is the account only when the person attached the case to it: an anonymous
    # case must not be traceable to whoever was signed in.
    audit_record(actor=case.person, action="case.submit", target=case, kind=kind)
    _email_case_person(case, "received", {"tracking_url": tracking_url(token)})
    _tell_officers(case, "officer_new_case")
    return case, token


@transaction.atomic
def case_add_person_message(*, case: Case, text: str) -> CaseEvent:
    """A further message from the person, through their tracking page."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.status == Case.Status.CLOSED:
        raise CaseError(_("This case is closed. Please send new feedback instead."))
    text = text.strip()
    if not text:
        raise CaseError(_("Please write your message."))
    event = CaseEvent(
        case=case, kind=CaseEvent.Kind.MESSAGE, note=text, at=timezone.now(), is_public=True
    )
    event.full_clean()
    event.save()
    audit_record(actor=None, action="case.message", target=case)
    _tell_officers(case, "officer_new_message")
    return event


# --- Handling (complaints officers) -------------------------------------------------------------

# The status each step leads from, and to.
_STEPS: dict[str, tuple[tuple[str, ...], str]] = {
    "acknowledge": ((Case.Status.RECEIVED,), Case.Status.ACKNOWLEDGED),
    "start_review": ((Case.Status.RECEIVED, Case.Status.ACKNOWLEDGED), Case.Status.UNDER_REVIEW),
    "resolve": (
        (Case.Status.RECEIVED, Case.Status.ACKNOWLEDGED, Case.Status.UNDER_REVIEW),
        Case.Status.RESOLVED,
    ),
    "close": ((Case.Status.RESOLVED,), Case.Status.CLOSED),
}


def _check_officer(actor: User) -> None:
    if not roles.has_role(actor, roles.COMPLAINTS_OFFICER):
        raise CaseError(_("Only complaints officers handle cases."))


def _move(*, case_id: int, actor: User, step: str, note: str, **changes) -> Case:
    _check_officer(actor)
    case = Case.objects.select_for_update().get(pk=case_id)
    allowed_from, to_status = _STEPS[step]
    if case.status not in allowed_from:
        raise CaseError(
            _("This case is %(status)s: that step is not possible now.")
            % {"status": case.get_status_display().lower()}
        )
    now = timezone.now()
    from_status = case.status
    case.status = to_status
    for field, value in changes.items():
        setattr(case, field, value(now) if callable(value) else value)
    case.full_clean()
    case.save(update_fields=["status", *changes])
    CaseEvent.objects.create(
        case=case,
        kind=CaseEvent.Kind.STATUS,
        from_status=from_status,
        to_status=to_status,
        actor=actor,
        at=now,
        note=note.strip(),
        is_public=True,
    )
    audit_record(actor=actor, action=f"case.{step}", target=case, status=to_status)
    return case


@transaction.atomic
def case_acknowledge(*, case_id: int, actor: User, note: str = "") -> Case:
    """Tell the person their case is received and being looked at (the 2-business-day step)."""
    case = _move(
        case_id=case_id, actor=actor, step="acknowledge", note=note, acknowledged_at=lambda t: t
    )
    _email_case_person(case, "acknowledged", {"note": note.strip()})
    return case


@transaction.atomic
def case_start_review(*, case_id: int, actor: User, note: str = "") -> Case:
    """Start looking into it. A case not yet acknowledged is acknowledged by the same step."""
    case = Case.objects.only("status").get(pk=case_id)
    if case.status == Case.Status.RECEIVED:
        case_acknowledge(case_id=case_id, actor=actor)
    return _move(case_id=case_id, actor=actor, step="start_review", note=note)


@transaction.atomic
def case_resolve(*, case_id: int, actor: User, response: str, note: str = "") -> Case:
    """Answer the person: the response shows on their tracking page and is emailed to them."""
    response = response.strip()
    if not response:
        raise CaseError(_("Write the response to the person: it is what they will read."))
    case = _move(
        case_id=case_id,
        actor=actor,
        step="resolve",
        note=note,
        response=response,
        resolved_at=lambda t: t,
    )
    _email_case_person(case, "resolved")
    return case


@transaction.atomic
def case_close(*, case_id: int, actor: User, note: str = "") -> Case:
    return _move(case_id=case_id, actor=actor, step="close", note=note, closed_at=lambda t: t)


@transaction.atomic
def case_add_note(*, case_id: int, actor: User, note: str, public: bool = False) -> CaseEvent:
    """A note on the case: internal (officers only) unless `public`, when the person sees it on
    their tracking page."""
    _check_officer(actor)
    case = Case.objects.select_for_update().get(pk=case_id)
    note = note.strip()
    if not note:
        raise CaseError(_("Write the note."))
    event = CaseEvent(
        case=case, kind=CaseEvent.Kind.NOTE, actor=actor, at=timezone.now(), note=note
    )
    event.is_public = public
    event.full_clean()
    event.save()
    audit_record(actor=actor, action="case.note", target=case, public=public)
    return event


# --- Escalation ---------------------------------------------------------------------------------

ACKNOWLEDGE = "acknowledge"
RESPOND = "respond"
_ESCALATION_MARKER = {ACKNOWLEDGE: "acknowledge_escalated_at", RESPOND: "respond_escalated_at"}
_DEADLINE_FIELD = {ACKNOWLEDGE: "acknowledge_by", RESPOND: "respond_by"}
_STILL_OWED = {ACKNOWLEDGE: (Case.Status.RECEIVED,), RESPOND: Case.OPEN_STATUSES}


@transaction.atomic
def case_escalate(*, case_id: int, deadline: str) -> bool:
    """Tell the network administrators that a case missed `deadline` (ACKNOWLEDGE or RESPOND).

    Once per deadline per case: the escalation marker is claimed with a conditional UPDATE, so
    a second run (or a second worker) finds it taken and sends nothing. The email carries no
    complaint contents, only the reference, the deadline and a link to the case in the admin.
    """
    now = timezone.now()
    marker, deadline_field = _ESCALATION_MARKER[deadline], _DEADLINE_FIELD[deadline]
    claimed = Case.objects.filter(
        pk=case_id,
        status__in=_STILL_OWED[deadline],
        **{f"{marker}__isnull": True, f"{deadline_field}__lt": now},
    ).update(**{marker: now})
    if not claimed:
        return False
    case = Case.objects.get(pk=case_id)
    CaseEvent.objects.create(
        case=case, kind=CaseEvent.Kind.ESCALATION, at=now, note=deadline, is_public=False
    )
    audit_record(actor=None, action="case.escalate", target=case, deadline=deadline)
    context = {
        "reference": case.reference,
        "deadline": deadline,
        "due": getattr(case, deadline_field),
        "admin_url": admin_case_url(case),
    }
    for administrator in network_administrators():
        email_person(person=administrator, template=f"{EMAIL_DIR}/escalation", context=context)
    return True


# --- Accounts closing ---------------------------------------------------------------------------


def cases_forget_person(*, person: User) -> int:
    """On account close: detach their cases and erase the contact details they gave. What
    happened stays, so the case can still be answered for in the counts and by officers."""
    return Case.objects.filter(person=person).update(
        person=None, name="", email="", phone="", preferred_contact=""
    )
