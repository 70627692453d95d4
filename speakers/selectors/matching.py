"""Speakers' bureau selectors: the matching part.

A speaker's engagements in a month are their accepted offers for requests not cancelled whose
start falls in that calendar month in America/Toronto; they are compared with the limit the
speaker set for themselves (`Speaker.monthly_limit`), so no one is overbooked. The same counting
serves the coordinators' candidate list, the refusal of an offer, the speaker's own acceptance
and the coordinators' overview.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from members.engagement import sees_every_lhin
from network.models import LHIN
from network.selectors import lhins_coordinated_by

from ..models import Offer, Speaker, SpeakingRequest, Topic, Travel

ONTARIO = ZoneInfo("America/Toronto")
Status = Offer.Status


# --- Months and engagements --------------------------------------------------------------------


def month_bounds(moment: datetime) -> tuple[datetime, datetime]:
    """The first instant of the calendar month of `moment` in Toronto, and of the next one."""
    local = timezone.localtime(moment, ONTARIO)
    start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=32)).replace(day=1)
    return start, end


def month_label(moment: datetime) -> str:
    return formats.date_format(timezone.localtime(moment, ONTARIO), "YEAR_MONTH_FORMAT")


def engagements_between(start: datetime, end: datetime) -> QuerySet[Offer]:
    """Accepted offers of requests not cancelled that start in [start, end)."""
    return Offer.objects.filter(
        status=Status.ACCEPTED, request__starts_at__gte=start, request__starts_at__lt=end
    ).exclude(request__status=SpeakingRequest.Status.CANCELLED)


def engagements_count_subquery(start: datetime, end: datetime):
    """Per speaker (OuterRef "pk"): their engagements in [start, end), 0 when none."""
    counted = (
        engagements_between(start, end)
        .filter(speaker=OuterRef("pk"))
        .order_by()
        .values("speaker")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def engagements_in_month(*, speaker: Speaker, moment: datetime) -> int:
    return engagements_between(*month_bounds(moment)).filter(speaker=speaker).count()


# --- Who may be offered ------------------------------------------------------------------------


def offer_refusal(
    speaker: Speaker,
    request: SpeakingRequest,
    *,
    engagements: int,
    live_offer: bool,
    answered: bool,
) -> str:
    """Why `speaker` cannot be offered `request` ("" if they can), in words for coordinators.

    `engagements` counts the speaker's engagements in the event's month; `live_offer` says they
    hold an offer for this request waiting or accepted; `answered` that they declined it or
    withdrew from it (they are not asked twice)."""
    name = str(speaker)
    if speaker.status != Speaker.Status.APPROVED:
        return _("%(name)s is not an approved speaker.") % {"name": name}
    if speaker.paused_at is not None:
        return _("%(name)s has paused and is not taking engagements for now.") % {"name": name}
    if live_offer:
        return _("%(name)s has already been offered this request.") % {"name": name}
    if answered:
        return _("%(name)s has already answered this request, so it is not offered again.") % {
            "name": name
        }
    if engagements >= speaker.monthly_limit:
        return ngettext(
            "%(name)s already has %(count)d engagement in %(month)s: their own limit is %(limit)d.",
            "%(name)s already has %(count)d engagements in %(month)s: their own limit is "
            "%(limit)d.",
            engagements,
        ) % {
            "name": name,
            "count": engagements,
            "month": month_label(request.starts_at),
            "limit": speaker.monthly_limit,
        }
    return ""


def _offers_of_request(request: SpeakingRequest, statuses) -> QuerySet[Offer]:
    return Offer.objects.filter(request=request, speaker=OuterRef("pk"), status__in=statuses)


ANSWERED = (Status.DECLINED, Status.WITHDRAWN)


def offer_refusal_for(speaker: Speaker, request: SpeakingRequest) -> str:
    """`offer_refusal` with its facts read from the database (for the service)."""
    offers = Offer.objects.filter(request=request, speaker=speaker)
    return offer_refusal(
        speaker,
        request,
        engagements=engagements_in_month(speaker=speaker, moment=request.starts_at),
        live_offer=offers.filter(status__in=Offer.LIVE).exists(),
        answered=offers.filter(status__in=ANSWERED).exists(),
    )


def candidates_for(request: SpeakingRequest, topic_ids: list[int]) -> QuerySet[Speaker]:
    """Active speakers for a request, the best fits first: those serving its LHIN, then those
    with the most topics in common. Each carries `engagements` (in the event's month),
    `serves_lhin`, `topics_in_common` (a count), `live_offer`, `answered` and, prefetched,
    `common_topics` (the topics themselves)."""
    start, end = month_bounds(request.starts_at)
    through_topics = Speaker.topics.through.objects.filter(
        speaker=OuterRef("pk"), topic__in=topic_ids
    )
    in_common = (
        through_topics.order_by().values("speaker").annotate(count=Count("pk")).values("count")
    )
    return (
        Speaker.objects.active()
        .select_related("home_lhin")
        .annotate(
            engagements=engagements_count_subquery(start, end),
            topics_in_common=Coalesce(Subquery(in_common, output_field=IntegerField()), Value(0)),
            serves_lhin=Exists(
                Speaker.lhins_served.through.objects.filter(
                    speaker=OuterRef("pk"), lhin=request.lhin_id
                )
            ),
            live_offer=Exists(_offers_of_request(request, Offer.LIVE)),
            answered=Exists(_offers_of_request(request, ANSWERED)),
        )
        .prefetch_related(
            Prefetch(
                "topics", queryset=Topic.objects.filter(pk__in=topic_ids), to_attr="common_topics"
            )
        )
        .order_by("-serves_lhin", "-topics_in_common", "name", "pk")
    )


def reach(speaker: Speaker, request: SpeakingRequest) -> str:
    """Whether the speaker can get to the event, in words (uses `serves_lhin` if annotated)."""
    serves = getattr(speaker, "serves_lhin", None)
    if serves is None:
        serves = speaker.lhins_served.filter(pk=request.lhin_id).exists()
    if request.online:
        return _("Online event: anyone can take part")
    if speaker.travel == Travel.ONLINE:
        return _("Speaks online only")
    if serves:
        return _("Serves this LHIN")
    if speaker.travel == Travel.ONTARIO:
        return _("Travels anywhere in Ontario")
    if speaker.travel == Travel.LOCAL and speaker.home_lhin_id == request.lhin_id:
        return _("Lives in this LHIN")
    return _("Does not serve this LHIN")


# --- Coordinators ------------------------------------------------------------------------------


def requests_visible_to(user) -> QuerySet[SpeakingRequest]:
    if sees_every_lhin(user):
        return SpeakingRequest.objects.all()
    return SpeakingRequest.objects.filter(lhin__in=lhins_coordinated_by(user))


def lhins_overseen_by(user) -> QuerySet[LHIN]:
    if sees_every_lhin(user):
        return LHIN.objects.all()
    return lhins_coordinated_by(user)


# --- The coordinators' overview ----------------------------------------------------------------


@dataclass(frozen=True)
class OverviewRow:
    lhin: LHIN
    counts: list[int]
    total: int


def requests_by_state_and_lhin(user) -> tuple[list[tuple[str, str]], list[OverviewRow]]:
    """Counts of requests by status (columns) for each LHIN the user oversees (rows): two
    queries, however many requests."""
    statuses = list(SpeakingRequest.Status.choices)
    lhins = list(lhins_overseen_by(user).order_by("number"))
    counted = (
        SpeakingRequest.objects.filter(lhin__in=[lhin.pk for lhin in lhins])
        .order_by()
        .values("lhin")
        .annotate(**{value: Count("pk", filter=Q(status=value)) for value, _label in statuses})
    )
    by_lhin = {row["lhin"]: row for row in counted}
    rows = []
    for lhin in lhins:
        found = by_lhin.get(lhin.pk, {})
        counts = [found.get(value, 0) for value, _label in statuses]
        rows.append(OverviewRow(lhin=lhin, counts=counts, total=sum(counts)))
    return statuses, rows


def speakers_for_overview(user, moment: datetime) -> QuerySet[Speaker]:
    """Active speakers serving, or living in, the LHINs the user oversees, with `engagements`
    in the month of `moment` and `waiting` (offers waiting for their answer), the busiest
    first."""
    start, end = month_bounds(moment)
    speakers = Speaker.objects.active()
    if not sees_every_lhin(user):
        lhins = lhins_coordinated_by(user)
        served = Speaker.lhins_served.through.objects.filter(speaker=OuterRef("pk"), lhin__in=lhins)
        speakers = speakers.filter(Q(home_lhin__in=lhins) | Q(Exists(served)))
    waiting = (
        Offer.objects.filter(
            speaker=OuterRef("pk"),
            status=Status.OFFERED,
            request__status=SpeakingRequest.Status.MATCHING,
        )
        .order_by()
        .values("speaker")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        speakers.select_related("home_lhin")
        .annotate(
            engagements=engagements_count_subquery(start, end),
            waiting=Coalesce(Subquery(waiting, output_field=IntegerField()), Value(0)),
        )
        .order_by("-engagements", "name", "pk")
    )


def load_words(engagements: int, limit: int) -> str:
    """The speaker's month against their limit, in words (never colour alone)."""
    if engagements > limit:
        return _("Over their limit")
    if engagements == limit:
        return _("At their limit")
    return ngettext("Room for %(count)d more", "Room for %(count)d more", limit - engagements) % {
        "count": limit - engagements
    }


# --- The speaker's own engagements -------------------------------------------------------------


def engagement_groups(now: datetime) -> dict[str, Q]:
    """The speaker's three lists: offers waiting for their answer, engagements coming up (or
    under way), and everything past or closed."""
    waiting = Q(
        status=Status.OFFERED,
        request__status=SpeakingRequest.Status.MATCHING,
        request__starts_at__gt=now,
    )
    upcoming = Q(
        status=Status.ACCEPTED,
        request__status__in=[SpeakingRequest.Status.MATCHING, SpeakingRequest.Status.CONFIRMED],
        request__ends_at__gt=now,
    )
    return {"waiting": waiting, "upcoming": upcoming, "past": ~waiting & ~upcoming}


def engagements_of(person) -> QuerySet[Offer]:
    return Offer.objects.filter(speaker__person=person).select_related("request", "request__lhin")


def engagement_counts(person, now: datetime) -> dict[str, int]:
    """How many offers are in each of the speaker's lists, in one query."""
    return Offer.objects.filter(speaker__person=person).aggregate(
        **{name: Count("pk", filter=q) for name, q in engagement_groups(now).items()}
    )


def engagement_of(person, pk: int) -> Offer | None:
    """One of the person's own offers (None for anyone else's: the caller answers 404)."""
    return (
        Offer.objects.select_related("request", "request__lhin", "speaker", "honorarium", "debrief")
        .filter(pk=pk, speaker__person=person)
        .first()
    )


def engagement_status(offer: Offer, now: datetime) -> str:
    """The offer's state as its speaker reads it."""
    request = offer.request
    Request = SpeakingRequest.Status
    if offer.status == Status.OFFERED:
        if request.status == Request.MATCHING and request.starts_at > now:
            return _("Waiting for your answer")
        return _("Closed without an answer")
    if offer.status == Status.ACCEPTED:
        if request.status == Request.CANCELLED:
            return _("The event was cancelled")
        if request.status == Request.COMPLETED or request.ends_at <= now:
            return _("You spoke at this event")
        if request.status == Request.CONFIRMED:
            return _("Confirmed")
        return _("You accepted; the coordinators will confirm soon")
    if offer.status == Status.DECLINED:
        return _("You declined")
    if offer.status == Status.WITHDRAWN:
        return _("You withdrew")
    if request.status == Request.CANCELLED:
        return _("The event was cancelled")
    return _("No longer needed")


def accepted_count(request: SpeakingRequest) -> int:
    return request.offers.filter(status=Status.ACCEPTED).count()


# --- Reminders ---------------------------------------------------------------------------------

# Speakers are reminded when an engagement is this close (the beat task runs every hour).
REMINDER_AHEAD = timedelta(days=2)


def offers_due_for_reminder(now: datetime | None = None) -> list[int]:
    """Accepted offers of confirmed requests starting within two days, not yet reminded."""
    now = now or timezone.now()
    return list(
        Offer.objects.filter(
            status=Status.ACCEPTED,
            reminded_at__isnull=True,
            request__status=SpeakingRequest.Status.CONFIRMED,
            request__starts_at__gt=now,
            request__starts_at__lte=now + REMINDER_AHEAD,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
