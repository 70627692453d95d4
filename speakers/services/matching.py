"""Speakers' bureau services: the matching part.

Coordinators start matching a request, offer it to speakers, confirm it when enough speakers
have accepted, and mark it completed after the event; each offered speaker accepts or declines
(no reason asked) and may withdraw later. Every step locks the request's row first
(`select_for_update`), then checks its state: two coordinators confirming at once, or two
speakers accepting the last place at once, are served one after the other, and the second is
told what happened instead of a second step being taken. Status changes go through
`speakers.services.steps.request_step`; emails are queued in the transaction and sent by a
worker after the commit.

The host never learns who the speakers are beyond the names they chose to show, and speakers
never get the host's contact: the network is the go-between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from governance.models import Honorarium, HonorariumRate
from governance.services.honoraria import HonorariumError, honorarium_request
from network.services import audit_record, email_person

from ..models import Debrief, HonorariumPreference, Offer, Speaker, SpeakingRequest
from ..selectors.matching import (
    accepted_count,
    engagements_in_month,
    month_label,
    offer_refusal_for,
)
from ..selectors.requests import request_coordinators
from .requests import RequestError, host_notify
from .steps import request_step

Status = SpeakingRequest.Status
OfferStatus = Offer.Status
EMAILS = "speakers/email/"


class MatchingError(RequestError):
    """A matching step the request's or the offer's state does not allow; shown as it is."""


# --- Locks and emails --------------------------------------------------------------------------


def _lock_request(request_id: int) -> SpeakingRequest:
    return (
        SpeakingRequest.objects.select_for_update(of=("self",))
        .select_related("lhin")
        .get(pk=request_id)
    )


def _lock_offer(offer_id: int, person=None) -> Offer:
    """The offer under lock, its request locked first (the order every step takes them in).
    With `person`, only one of their own offers is found."""
    offers = Offer.objects.all()
    if person is not None:
        offers = offers.filter(speaker__person=person)
    request_id = offers.filter(pk=offer_id).values_list("request_id", flat=True).first()
    if request_id is None:
        raise Offer.DoesNotExist
    request = _lock_request(request_id)
    offer = (
        Offer.objects.select_for_update(of=("self",))
        .select_related("speaker", "speaker__person")
        .get(pk=offer_id)
    )
    offer.request = request
    return offer


def _email_speaker(offer: Offer, template: str, **context) -> None:
    email_person(
        person=offer.speaker.person,
        template=EMAILS + template,
        context={"offer": offer, "request": offer.request, "speaker": offer.speaker, **context},
    )


def _email_coordinators(request: SpeakingRequest, template: str, **context) -> None:
    for coordinator in request_coordinators(request):
        email_person(
            person=coordinator, template=EMAILS + template, context={"request": request, **context}
        )


def _status_error(request: SpeakingRequest, message: str) -> MatchingError:
    return MatchingError(message % {"status": request.get_status_display()})


def _require_future(request: SpeakingRequest, message: str) -> None:
    if request.starts_at <= timezone.now():
        raise MatchingError(message)


# --- Coordinators' steps -----------------------------------------------------------------------


@transaction.atomic
def request_matching_start(*, request_id: int, actor) -> SpeakingRequest:
    """received → matching: a coordinator starts looking for speakers."""
    request = _lock_request(request_id)
    if request.status == Status.MATCHING:
        raise MatchingError(_("Matching has already started for this request."))
    if request.status != Status.RECEIVED:
        raise _status_error(request, _("This request is “%(status)s”: matching cannot start."))
    _require_future(
        request, _("This event has already started or passed: there is nothing to match.")
    )
    request_step(request=request, to_status=Status.MATCHING, actor=actor)
    return request


@transaction.atomic
def request_note_save(*, request_id: int, actor, note: str) -> SpeakingRequest:
    """The coordinators' own notes on a request: the only field of it they edit."""
    request = _lock_request(request_id)
    request.coordinator_note = note.strip()
    request.full_clean(exclude=["topics"])
    request.save(update_fields=["coordinator_note", "updated_at"])
    audit_record(actor=actor, action="speaking_request.note", target=request)
    return request


@transaction.atomic
def offer_make(*, request_id: int, speaker_id: int, actor) -> Offer:
    """Offer a request to a speaker, who is emailed a link to answer it. Refused, with the
    reason, for a speaker not approved, paused, already offered this request, or at their own
    monthly limit in the event's month."""
    request = _lock_request(request_id)
    if request.status != Status.MATCHING:
        raise _status_error(
            request, _("This request is “%(status)s”: speakers are offered only while matching.")
        )
    _require_future(
        request, _("This event has already started: it can no longer be offered to anyone.")
    )
    if accepted_count(request) >= request.speakers_needed:
        raise MatchingError(
            _("Enough speakers have accepted already: confirm the request instead.")
        )
    speaker = Speaker.objects.select_related("person").get(pk=speaker_id)
    refusal = offer_refusal_for(speaker, request)
    if refusal:
        raise MatchingError(refusal)
    offer = Offer(request=request, speaker=speaker, offered_by=actor)
    offer.full_clean()
    offer.save()
    audit_record(actor=actor, action="speaking_request.offer", target=request, speaker=speaker.pk)
    _email_speaker(offer, "offer_new")
    return offer


@transaction.atomic
def offer_cancel(*, offer_id: int, actor) -> Offer:
    """A coordinator takes an offer back. The speaker is told; if they had accepted a confirmed
    request, the request goes back to matching and the host is told a speaker cannot come."""
    offer = _lock_offer(offer_id)
    request = offer.request
    if offer.status not in Offer.LIVE:
        raise MatchingError(
            _("This offer is already “%(status)s”.") % {"status": offer.get_status_display()}
        )
    if request.status not in (Status.MATCHING, Status.CONFIRMED):
        raise _status_error(
            request, _("This request is “%(status)s”: its offers stay as they are.")
        )
    was_accepted = offer.status == OfferStatus.ACCEPTED
    offer.status = OfferStatus.CANCELLED
    offer.save(update_fields=["status"])
    audit_record(
        actor=actor, action="speaking_request.offer_cancel", target=request, offer=offer.pk
    )
    if was_accepted and request.status == Status.CONFIRMED:
        request_step(
            request=request,
            to_status=Status.MATCHING,
            actor=actor,
            note=_("A coordinator cancelled an accepted speaker's offer"),
            confirmed_at=None,
        )
        host_notify(request=request, event="speaker_withdrew")
    _email_speaker(offer, "offer_cancelled", filled=False, was_accepted=was_accepted)
    return offer


@transaction.atomic
def request_confirm(*, request_id: int, actor) -> SpeakingRequest:
    """matching → confirmed, once as many speakers as the request needs have accepted: the host
    gets the rules of engagement and media guidelines, each speaker a confirmation, and offers
    still waiting for an answer are closed (their speakers told)."""
    request = _lock_request(request_id)
    if request.status == Status.CONFIRMED:
        raise MatchingError(_("This request is already confirmed: nothing more to do."))
    if request.status != Status.MATCHING:
        raise _status_error(request, _("This request is “%(status)s” and cannot be confirmed."))
    _require_future(request, _("This event's date has passed, so it can no longer be confirmed."))
    accepted = list(
        request.offers.filter(status=OfferStatus.ACCEPTED).select_related("speaker__person")
    )
    if len(accepted) != request.speakers_needed:
        raise MatchingError(
            ngettext(
                "%(accepted)d of %(needed)d speaker has accepted so far: confirm once all have.",
                "%(accepted)d of %(needed)d speakers have accepted so far: confirm once all have.",
                request.speakers_needed,
            )
            % {"accepted": len(accepted), "needed": request.speakers_needed}
        )
    request_step(
        request=request,
        to_status=Status.CONFIRMED,
        actor=actor,
        confirmed_at=timezone.now(),
        # Confirmed again after a speaker withdrew: the host is reminded of the new line-up.
        host_reminded_at=None,
    )
    waiting = request.offers.select_for_update(of=("self",)).filter(status=OfferStatus.OFFERED)
    for offer in waiting.select_related("speaker__person"):
        offer.status = OfferStatus.CANCELLED
        offer.save(update_fields=["status"])
        offer.request = request
        _email_speaker(offer, "offer_cancelled", filled=True, was_accepted=False)
    host_notify(request=request, event="confirmed")
    for offer in accepted:
        offer.request = request
        _email_speaker(offer, "engagement_confirmed")
    return request


@dataclass
class Completion:
    """What completing a request did about honoraria, for the coordinator's message."""

    request: SpeakingRequest
    honoraria: list[Honorarium] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def speaking_rate(on) -> HonorariumRate | None:
    """The active rate per event in effect on `on` (the table's first, in its order)."""
    return (
        HonorariumRate.objects.filter(
            active=True, unit=HonorariumRate.Unit.EVENT, effective_from__lte=on
        )
        .order_by("order", "activity", "pk")
        .first()
    )


def _honorarium_for(offer: Offer, actor, completion: Completion) -> None:
    """Record the speaker's honorarium for the engagement, once: an offer already linked to one
    is left alone, so completing again creates nothing twice."""
    request, speaker = offer.request, offer.speaker
    name = str(speaker)
    if offer.honorarium_id is not None:
        return
    if speaker.honorarium_preference == HonorariumPreference.VOLUNTEER:
        completion.notes.append(
            _("%(name)s speaks as a volunteer: no honorarium is recorded.") % {"name": name}
        )
        return
    activity_date = timezone.localdate(request.starts_at)
    amount, rate = request.honorarium_offered, None
    if not amount:
        rate = speaking_rate(activity_date)
        if rate is None:
            completion.notes.append(
                _(
                    "No honorarium was recorded for %(name)s: the host offered none and no rate "
                    "per event is active. Record it under Honoraria if one is due."
                )
                % {"name": name}
            )
            return
        amount = rate.amount
    activity = _("Spoke at “%(event)s”") % {"event": request.event_title}
    try:
        honorarium = honorarium_request(
            person=speaker.person,
            kind=Honorarium.Kind.HONORARIUM,
            activity=activity[:200],
            activity_date=activity_date,
            amount=amount,
            actor=actor,
            rate=rate,
            lhin=request.lhin,
        )
    except HonorariumError as error:
        completion.notes.append(f"{name}: {error.message}")
        return
    offer.honorarium = honorarium
    offer.save(update_fields=["honorarium"])
    completion.honoraria.append(honorarium)


@transaction.atomic
def request_complete(*, request_id: int, actor) -> Completion:
    """confirmed → completed, after the event has ended: the host is invited to give feedback,
    each speaker who spoke to a private debrief, and an honorarium is recorded for each speaker
    who does not speak as a volunteer (they may decline it)."""
    request = _lock_request(request_id)
    if request.status == Status.COMPLETED:
        raise MatchingError(_("This request is already marked completed."))
    if request.status != Status.CONFIRMED:
        raise _status_error(
            request,
            _("Only a confirmed request can be marked completed; this one is “%(status)s”."),
        )
    if request.ends_at > timezone.now():
        raise MatchingError(
            _("The event has not ended yet: mark it completed after it ends, on %(end)s.")
            % {"end": _local(request.ends_at)}
        )
    now = timezone.now()
    request_step(request=request, to_status=Status.COMPLETED, actor=actor, feedback_invited_at=now)
    host_notify(request=request, event="completed")
    completion = Completion(request=request)
    spoke = request.offers.select_for_update(of=("self",)).filter(status=OfferStatus.ACCEPTED)
    for offer in spoke.select_related("speaker__person"):
        offer.request = request
        _honorarium_for(offer, actor, completion)
        _email_speaker(offer, "debrief_invite")  # after the honorarium, which it mentions
    return completion


def _local(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


# --- Speakers' answers -------------------------------------------------------------------------

ANSWERED_ALREADY = {
    OfferStatus.ACCEPTED: gettext_lazy("You have already accepted this engagement."),
    OfferStatus.DECLINED: gettext_lazy("You declined this offer."),
    OfferStatus.WITHDRAWN: gettext_lazy("You withdrew from this engagement."),
    OfferStatus.CANCELLED: gettext_lazy("The coordinators no longer need an answer to this offer."),
}


def _require_open_offer(offer: Offer) -> None:
    if offer.status != OfferStatus.OFFERED:
        raise MatchingError(str(ANSWERED_ALREADY[offer.status]))


@transaction.atomic
def offer_accept(*, offer_id: int, person) -> Offer:
    """The speaker says yes. Refused when the places are filled meanwhile (two speakers
    accepting the last place at once: the second is told), when the event has started, or when
    it would take the speaker past their own monthly limit. A paused speaker may still answer."""
    offer = _lock_offer(offer_id, person)
    request = offer.request
    _require_open_offer(offer)
    if request.status == Status.CANCELLED:
        raise MatchingError(_("This event was cancelled, so nothing is needed from you."))
    if request.status != Status.MATCHING:
        raise MatchingError(_("Thank you, but this request is no longer looking for speakers."))
    _require_future(request, _("This event has already started."))
    if accepted_count(request) >= request.speakers_needed:
        raise MatchingError(
            _(
                "Thank you, but the place has just been filled by another speaker. Nothing more "
                "is needed from you."
            )
        )
    speaker = Speaker.objects.select_for_update().get(pk=offer.speaker_id)
    engagements = engagements_in_month(speaker=speaker, moment=request.starts_at)
    if engagements >= speaker.monthly_limit:
        raise MatchingError(
            ngettext(
                "You already have %(count)d engagement in %(month)s, your own limit. Decline "
                "this one, or raise your limit in your speaker profile first.",
                "You already have %(count)d engagements in %(month)s, your own limit. Decline "
                "this one, or raise your limit in your speaker profile first.",
                engagements,
            )
            % {"count": engagements, "month": month_label(request.starts_at)}
        )
    offer.status = OfferStatus.ACCEPTED
    offer.responded_at = timezone.now()
    offer.save(update_fields=["status", "responded_at"])
    audit_record(actor=person, action="speaking_offer.accept", target=offer)
    filled = accepted_count(request) == request.speakers_needed
    _email_coordinators(
        request, "offer_answered_coordinators", offer=offer, answer="accepted", filled=filled
    )
    return offer


@transaction.atomic
def offer_decline(*, offer_id: int, person) -> Offer:
    """The speaker says no: no reason asked, none given to anyone."""
    offer = _lock_offer(offer_id, person)
    _require_open_offer(offer)
    offer.status = OfferStatus.DECLINED
    offer.responded_at = timezone.now()
    offer.save(update_fields=["status", "responded_at"])
    audit_record(actor=person, action="speaking_offer.decline", target=offer)
    _email_coordinators(
        offer.request, "offer_answered_coordinators", offer=offer, answer="declined"
    )
    return offer


@transaction.atomic
def offer_withdraw(*, offer_id: int, person) -> Offer:
    """The speaker can no longer come, after accepting (no reason asked). A confirmed request
    goes back to matching and the host is told; the coordinators are emailed either way."""
    offer = _lock_offer(offer_id, person)
    request = offer.request
    if offer.status != OfferStatus.ACCEPTED:
        raise MatchingError(
            _("Only an engagement you accepted can be withdrawn from; this one is “%(status)s”.")
            % {"status": offer.get_status_display()}
        )
    if request.status not in (Status.MATCHING, Status.CONFIRMED):
        raise _status_error(request, _("This request is “%(status)s”: nothing to withdraw from."))
    _require_future(
        request,
        _(
            "This event has already started. If something is wrong, please contact the "
            "coordinators."
        ),
    )
    offer.status = OfferStatus.WITHDRAWN
    offer.responded_at = timezone.now()
    offer.save(update_fields=["status", "responded_at"])
    audit_record(actor=person, action="speaking_offer.withdraw", target=offer)
    reopened = request.status == Status.CONFIRMED
    if reopened:
        request_step(
            request=request,
            to_status=Status.MATCHING,
            actor=person,
            note=_("A speaker withdrew"),
            confirmed_at=None,
        )
        host_notify(request=request, event="speaker_withdrew")
    _email_coordinators(
        request, "offer_answered_coordinators", offer=offer, answer="withdrew", reopened=reopened
    )
    return offer


def offers_release(*, person) -> None:
    """The speaker is leaving (closing their account): each offer still waiting is declined and
    each accepted engagement still to come is withdrawn from, so hosts and coordinators hear of
    it as they would from the speaker, instead of finding a speaker gone."""
    now = timezone.now()
    live = Offer.objects.filter(
        speaker__person=person,
        status__in=Offer.LIVE,
        request__status__in=(Status.RECEIVED, Status.MATCHING, Status.CONFIRMED),
        request__starts_at__gt=now,
    ).values_list("pk", "status")
    for offer_id, status in list(live):
        if status == OfferStatus.OFFERED:
            offer_decline(offer_id=offer_id, person=person)
        else:
            offer_withdraw(offer_id=offer_id, person=person)


# --- After the event ---------------------------------------------------------------------------


def debrief_refusal(offer: Offer, now: datetime | None = None) -> str:
    """Why the speaker cannot write a debrief for this engagement yet ("" if they can)."""
    now = now or timezone.now()
    if offer.status != OfferStatus.ACCEPTED or offer.request.status == Status.CANCELLED:
        return _("A debrief is for an engagement you spoke at.")
    if offer.request.ends_at > now:
        return _("You can write your debrief after the event.")
    return ""


@transaction.atomic
def debrief_save(
    *, offer_id: int, person, feeling: str, notes: str = "", follow_up: bool = False
) -> Debrief:
    """The speaker's private check-in, which they may come back to and change. Nobody else reads
    it; when they first ask for someone to check in, the coordinators are told that they asked
    (their name and how to reach them), never what they wrote."""
    offer = _lock_offer(offer_id, person)
    refusal = debrief_refusal(offer)
    if refusal:
        raise MatchingError(refusal)
    debrief = Debrief.objects.select_for_update().filter(offer=offer).first()
    asked_before = debrief is not None and debrief.follow_up
    debrief = debrief or Debrief(offer=offer)
    debrief.feeling, debrief.notes, debrief.follow_up = feeling, notes.strip(), follow_up
    debrief.full_clean()
    debrief.save()
    # The audit log records that a debrief exists, never a word of it.
    audit_record(actor=person, action="speaking_offer.debrief", target=offer)
    if follow_up and not asked_before:
        _email_coordinators(
            offer.request, "debrief_follow_up_coordinators", speaker_person=person, offer=offer
        )
    return debrief


# --- Reminders ---------------------------------------------------------------------------------


def offer_remind(*, offer_id: int) -> bool:
    """Remind an accepted speaker of a confirmed engagement, once: the conditional UPDATE claims
    the offer, so a second run (or a second worker) sends nothing."""
    with transaction.atomic():
        claimed = Offer.objects.filter(
            pk=offer_id,
            reminded_at__isnull=True,
            status=OfferStatus.ACCEPTED,
            request__status=Status.CONFIRMED,
        ).update(reminded_at=timezone.now())
        if not claimed:
            return False
        offer = Offer.objects.select_related("request", "speaker__person").get(pk=offer_id)
        if offer.speaker.person.closed_at is not None:
            return False
        _email_speaker(offer, "engagement_reminder")
    return True
