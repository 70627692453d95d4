"""Speakers' bureau services: the requests part.

`host_notify` is the one way the host hears of a step: an email in the language they chose, with
their private link. `request_cancel` ends a request from any open state, whoever cancels it
(the host on their page, or a coordinator), and tells each speaker who had a live offer.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network.services import email_enqueue, email_person

from ..models import BureauPage, Offer, SpeakingRequest
from ..selectors.requests import host_link
from .steps import request_step

# What the host hears about; each has speakers/email/host_<event>_subject.txt and _message.txt.
HOST_EVENTS = ("received", "confirmed", "speaker_withdrew", "cancelled", "reminder", "completed")


class RequestError(ValidationError):
    """A step the request's state does not allow; its message is shown as it is."""


def host_notify(*, request: SpeakingRequest, event: str) -> None:
    """Email the host about `event` (see HOST_EVENTS), after the transaction commits."""
    if event not in HOST_EVENTS:
        raise ValueError(f"Unknown host event: {event}")
    with translation.override(request.language):
        context = {
            "request": request,
            "host_link": host_link(request),
            "speakers": _confirmed_speaker_names(request),
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


def _confirmed_speaker_names(request: SpeakingRequest) -> list[str]:
    """The names the host may know the speakers by: the name each chose to show, else a
    neutral "Speaker 1"; never their account's name or email."""
    offers = request.offers.filter(status=Offer.Status.ACCEPTED).select_related("speaker")
    return [
        offer.speaker.name or _("Speaker %(number)s") % {"number": number}
        for number, offer in enumerate(offers, start=1)
    ]


@transaction.atomic
def request_cancel(*, request_id: int, actor=None, reason: str = "") -> SpeakingRequest:
    """Cancel an open request (the host: `actor` None; or a coordinator). Live offers are
    cancelled and their speakers told; the host is told unless they cancelled it themselves."""
    request = SpeakingRequest.objects.select_for_update().get(pk=request_id)
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
    if actor is not None:
        host_notify(request=request, event="cancelled")
    return request
