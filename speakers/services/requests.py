"""Speakers' bureau services: the requests part.

`request_submit` records a request from the public form (no account needed). `host_notify` is
the one way the host hears of a step: an email in the language they chose, with their private
link. `request_cancel` ends a request from any open state, whoever cancels it (the host on their
page, or a coordinator), and tells each speaker who had a live offer. After the event the host
gives feedback once (`host_feedback_submit`); before it, the host is reminded once
(`host_remind`, run hourly by the beat).

The coordinators of the request's LHIN hear of a new request and of a host's cancellation
(the network administrators when that LHIN has no coordinator), with nothing of the host's
personal data in the subject.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network.models import LHIN
from network.services import audit_record, email_enqueue, email_person, yearly_reference

from ..models import BureauPage, HostFeedback, Offer, Speaker, SpeakingRequest, Topic
from ..selectors.requests import (
    HOST_REMINDER_AHEAD,
    confirmed_speaker_names,
    host_link,
    request_coordinators,
)
from .steps import request_step

# What the host hears about; each has speakers/email/host_<event>_subject.txt and _message.txt.
HOST_EVENTS = ("received", "confirmed", "speaker_withdrew", "cancelled", "reminder", "completed")
# Requests are dated, and numbered by year, in Ontario's time.
TORONTO = ZoneInfo("America/Toronto")
# Any fixed number: it serializes the numbering of references (pg_advisory_xact_lock).
_REFERENCE_LOCK = 6_2026_0006


class RequestError(ValidationError):
    """A step the request's state does not allow, or what the host asked that cannot be: built
    from a message (or a dict of field → message), in words for the person, shown as it is."""


def host_notify(*, request: SpeakingRequest, event: str) -> None:
    """Email the host about `event` (see HOST_EVENTS), after the transaction commits."""
    if event not in HOST_EVENTS:
        raise ValueError(f"Unknown host event: {event}")
    with translation.override(request.language):
        context = {
            "request": request,
            "host_link": host_link(request),
            "speakers": confirmed_speaker_names(request),
        }
        if event == "confirmed":
            # The host is sent the rules of engagement and the media guidelines themselves.
            context["pages"] = list(
                BureauPage.objects.filter(
                    kind__in=[BureauPage.Kind.ENGAGEMENT, BureauPage.Kind.MEDIA]
                )
            )
        subject = render_to_string(f"speakers/email/host_{event}_subject.txt", context).strip()
        body = render_to_string(f"speakers/email/host_{event}_message.txt", context).strip()
    email_enqueue(to=[request.contact_email], subject=subject, body_text=body)


def _tell_coordinators(request: SpeakingRequest, template: str) -> None:
    """A word to the people who match speakers for the request's LHIN: what and when, and a
    link to the request in the admin; the host's contact details stay there."""
    for person in request_coordinators(request):
        email_person(
            person=person,
            template=f"speakers/email/{template}",
            context={"request": request, "lhin": request.lhin},
        )


# --- Receiving ----------------------------------------------------------------------------------


def next_reference(received_at: datetime) -> str:
    """SR-<year>-<number>, numbered from 0001 each year (a year in Toronto)."""
    return yearly_reference(
        queryset=SpeakingRequest.objects, prefix="SR", lock_key=_REFERENCE_LOCK, at=received_at
    )


def _check_event(*, starts_at: datetime, ends_at: datetime, online: bool, place: str) -> None:
    errors: dict[str, str] = {}
    if starts_at <= timezone.now():
        errors["starts_at"] = _("This date has passed. Please choose a date and time to come.")
    if ends_at <= starts_at:
        errors["ends_at"] = _("The event must end after it starts.")
    if not online and not place.strip():
        errors["place"] = _("Give the address of the event, or choose “Online”.")
    if errors:
        raise RequestError(errors)


@transaction.atomic
def request_submit(
    *,
    organization: str,
    contact_name: str,
    contact_email: str,
    contact_phone: str = "",
    language: str = "en",
    event_title: str,
    description: str,
    starts_at: datetime,
    ends_at: datetime,
    online: bool,
    place: str = "",
    lhin: LHIN,
    audience: str,
    audience_size: int,
    format: str,
    topics: Iterable[Topic] = (),
    speakers_needed: int = 1,
    requested_speaker: Speaker | None = None,
    honorarium_offered: Decimal | None = None,
    travel_offered: bool = False,
    media_present: bool = False,
    accessibility: str = "",
) -> SpeakingRequest:
    """Record a request from an organization: it is received, the host is emailed their
    private link, and the coordinators of its LHIN are told."""
    _check_event(starts_at=starts_at, ends_at=ends_at, online=online, place=place)
    # Only a speaker who is listed now may be asked for; one who paused since the host opened
    # the form is left to the coordinators, who match someone else.
    if (
        requested_speaker is not None
        and not Speaker.objects.listed().filter(pk=requested_speaker.pk).exists()
    ):
        requested_speaker = None
    now = timezone.now()
    request = SpeakingRequest(
        reference=next_reference(now),
        # No status until its first step records it (below), so that step reads "→ received".
        status="",
        organization=organization.strip(),
        contact_name=contact_name.strip(),
        contact_email=contact_email.strip(),
        contact_phone=contact_phone.strip(),
        language=language,
        event_title=event_title.strip(),
        description=description.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        online=online,
        place=place.strip(),
        lhin=lhin,
        audience=audience,
        audience_size=audience_size,
        format=format,
        speakers_needed=speakers_needed,
        requested_speaker=requested_speaker,
        honorarium_offered=honorarium_offered,
        travel_offered=travel_offered,
        media_present=media_present,
        accessibility=accessibility.strip(),
    )
    request.full_clean(exclude=["status"])
    request.save()
    request.topics.set(topics)
    request_step(request=request, to_status=SpeakingRequest.Status.RECEIVED, actor=None)
    host_notify(request=request, event="received")
    _tell_coordinators(request, "request_received_coordinators")
    return request


# --- Cancelling ---------------------------------------------------------------------------------


@transaction.atomic
def request_cancel(*, request_id: int, actor=None, reason: str = "") -> SpeakingRequest:
    """Cancel an open request (the host: `actor` None; or a coordinator). Live offers are
    cancelled and their speakers told; the host is told unless they cancelled it themselves,
    and the coordinators are told when the host did."""
    request = SpeakingRequest.objects.select_for_update().select_related("lhin").get(pk=request_id)
    if request.status not in SpeakingRequest.OPEN:
        raise RequestError(
            _("This request is “%(status)s” and can no longer be cancelled.")
            % {"status": request.get_status_display()}
        )
    live = list(
        request.offers.select_for_update()
        .filter(status__in=Offer.LIVE)
        .select_related("speaker__person")
    )
    now = timezone.now()
    for offer in live:
        offer.status = Offer.Status.CANCELLED
        offer.responded_at = offer.responded_at or now
        offer.save(update_fields=["status", "responded_at"])
        email_person(
            person=offer.speaker.person,
            template="speakers/email/engagement_cancelled",
            context={"offer": offer, "request": request},
        )
    request_step(
        request=request,
        to_status=SpeakingRequest.Status.CANCELLED,
        actor=actor,
        note=_("Cancelled by the host") if actor is None else "",
        cancel_reason=reason.strip(),
    )
    if actor is None:
        _tell_coordinators(request, "request_cancelled_coordinators")
    else:
        host_notify(request=request, event="cancelled")
    return request


# --- After the event ----------------------------------------------------------------------------


@transaction.atomic
def host_feedback_submit(
    *,
    request_id: int,
    rating: int,
    went_well: str = "",
    could_improve: str = "",
    would_request_again: bool,
) -> HostFeedback:
    """The host's feedback on a completed request, once."""
    request = SpeakingRequest.objects.select_for_update().get(pk=request_id)
    if request.status != SpeakingRequest.Status.COMPLETED:
        raise RequestError(
            _("Feedback opens once the event has taken place and the coordinators have closed it.")
        )
    if HostFeedback.objects.filter(request=request).exists():
        raise RequestError(
            _("Your feedback on this event is already with us, and it can be given only once.")
        )
    feedback = HostFeedback(
        request=request,
        rating=rating,
        went_well=went_well.strip(),
        could_improve=could_improve.strip(),
        would_request_again=would_request_again,
    )
    feedback.full_clean()
    feedback.save()
    audit_record(actor=None, action="speaking_request.feedback", target=request, rating=rating)
    return feedback


def host_remind(*, request_id: int) -> bool:
    """Remind the host of a confirmed request starting within HOST_REMINDER_AHEAD, once: the
    conditional UPDATE claims the request, so a second run (or a second worker) sends nothing."""
    now = timezone.now()
    with transaction.atomic():
        claimed = SpeakingRequest.objects.filter(
            pk=request_id,
            status=SpeakingRequest.Status.CONFIRMED,
            host_reminded_at__isnull=True,
            starts_at__gt=now,
            starts_at__lte=now + HOST_REMINDER_AHEAD,
        ).update(host_reminded_at=now)
        if not claimed:
            return False
        request = SpeakingRequest.objects.get(pk=request_id)
        audit_record(actor=None, action="speaking_request.host_reminded", target=request)
        host_notify(request=request, event="reminder")
    return True
