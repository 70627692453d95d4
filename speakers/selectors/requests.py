"""Speakers' bureau selectors: the requests part.

The host's private link carries the request's id signed with the site's secret key (salted for
this use only), so it can be sent again in every email without storing a secret; an altered or
guessed link opens nothing.

What a host sees of the speakers is only what each chose to make public: the name they show,
when they consented to publish it, else a neutral label. Never an account's name or email.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from members.models import User
from network.selectors import coordinators_of, network_administrators

from ..models import HostFeedback, Offer, Speaker, SpeakingRequest
from .directory import public_name

_SALT = "speakers.host-link"
# Confirmed requests starting this soon get the host's reminder (beat, hourly).
HOST_REMINDER_AHEAD = timedelta(days=3)


def host_token(request: SpeakingRequest) -> str:
    return signing.dumps(request.pk, salt=_SALT, compress=True)


def host_link(request: SpeakingRequest) -> str:
    """The full address of the host's page for `request`, for emails."""
    return settings.SITE_URL + reverse("speakers:host", args=[host_token(request)])


def request_for_host_token(token: str) -> SpeakingRequest | None:
    try:
        pk = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return (
        SpeakingRequest.objects.select_related("lhin", "requested_speaker", "feedback")
        .filter(pk=pk)
        .first()
    )


# --- Speakers as a host may know them ----------------------------------------------------------


def confirmed_speaker_names(request: SpeakingRequest) -> list[str]:
    """The public names of the speakers who accepted, for the host's page and emails."""
    offers = (
        request.offers.filter(status=Offer.Status.ACCEPTED)
        .select_related("speaker")
        .prefetch_related("speaker__lhins_served")
    )
    return [public_name(offer.speaker) for offer in offers]


def requestable_speaker(public_id: str | uuid.UUID | None) -> Speaker | None:
    """A listed speaker a host may ask for by their directory address, else None."""
    if not public_id:
        return None
    try:
        public_id = uuid.UUID(str(public_id))
    except ValueError:
        return None
    return Speaker.objects.listed().filter(public_id=public_id).first()


# --- The host's page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HostStep:
    """A step as the host sees it: what it came to and when, never who took it."""

    at: datetime
    label: str


@dataclass(frozen=True)
class HostPage:
    request: SpeakingRequest
    topics: list
    steps: list[HostStep]
    speakers: list[str]
    requested_speaker: str
    feedback: HostFeedback | None

    @property
    def can_cancel(self) -> bool:
        return self.request.status in SpeakingRequest.OPEN

    @property
    def can_give_feedback(self) -> bool:
        return feedback_open(self.request)


_STATUS_LABELS = dict(SpeakingRequest.Status.choices)
# The states in which speakers have agreed; before, no name is shown to the host.
_SPOKEN_FOR = (SpeakingRequest.Status.CONFIRMED, SpeakingRequest.Status.COMPLETED)


def host_page(request: SpeakingRequest) -> HostPage:
    """What the host's page shows: the request, its steps (when, never who) and the speakers'
    public names. `request` comes from `request_for_host_token`."""
    speaker = request.requested_speaker
    return HostPage(
        request=request,
        topics=list(request.topics.all()),
        steps=[
            HostStep(at=step.at, label=_STATUS_LABELS.get(step.to_status, step.to_status))
            for step in request.changes.all()
        ],
        speakers=confirmed_speaker_names(request) if request.status in _SPOKEN_FOR else [],
        requested_speaker=public_name(speaker) if speaker is not None else "",
        feedback=feedback_of(request),
    )


def feedback_of(request: SpeakingRequest) -> HostFeedback | None:
    """The host's feedback, if given (loaded with the request by `request_for_host_token`)."""
    return getattr(request, "feedback", None)


def feedback_open(request: SpeakingRequest) -> bool:
    """The host may give feedback once the request is completed, and once."""
    return request.status == SpeakingRequest.Status.COMPLETED and feedback_of(request) is None


# --- Who hears of a request --------------------------------------------------------------------


def request_coordinators(request: SpeakingRequest) -> list[User]:
    """The coordinators of the request's LHIN, or the network administrators when that LHIN
    has none, so no request waits unseen."""
    coordinators = list(
        coordinators_of(request.lhin).filter(is_active=True, closed_at__isnull=True)
    )
    if coordinators:
        return coordinators
    return list(network_administrators())


def requests_due_for_host_reminder(*, now: datetime | None = None) -> list[int]:
    """Confirmed requests starting within HOST_REMINDER_AHEAD whose host is not yet reminded."""
    now = now or timezone.now()
    return list(
        SpeakingRequest.objects.filter(
            status=SpeakingRequest.Status.CONFIRMED,
            host_reminded_at__isnull=True,
            starts_at__gt=now,
            starts_at__lte=now + HOST_REMINDER_AHEAD,
        ).values_list("pk", flat=True)
    )
