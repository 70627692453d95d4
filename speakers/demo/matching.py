"""The speakers' bureau's demo data: the matching part.

Runs after the requests and applications parts' demos and builds on what they made, found by
status: an offer waiting for the demo speaker (speaker@example.org, Morgan Speaks) on a request
being matched; a confirmed request for a pair; a completed one with the host's feedback, Morgan's
debrief and an honorarium. Rows are set directly (no emails are sent) and found again by their
organization and event on the next run, so running it twice gives the same rows. If the other
demos have not made Morgan or other active speakers, it makes the few it needs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from django.utils import timezone

from governance.models import Honorarium
from members.models import User
from network.demo import DemoPerson, demo_person
from network.models import LHIN

from ..models import (
    Debrief,
    HostFeedback,
    Offer,
    RequestStatusChange,
    Speaker,
    SpeakingRequest,
    Topic,
)
from ..selectors.matching import engagements_in_month

Status = SpeakingRequest.Status
OfferStatus = Offer.Status
MORGAN = "speaker@example.org"

# (slug, name, name in French): looked up by name first, so the pages part's topics are reused.
TOPICS = (
    ("harm-reduction", "Harm reduction", "Réduction des méfaits"),
    ("stigma", "Stigma and language", "Stigmatisation et langage"),
    ("families", "Families and loved ones", "Familles et proches"),
)

# People made only when the applications demo has not made enough active speakers.
FALLBACK_SPEAKERS = (
    ("speaker.robin@example.org", "Robin Ashby", "Robin", 7),
    ("speaker.sky@example.org", "Sky Tremblay", "Sky", 13),
)


def _at(day: datetime, hour: int, minute: int) -> datetime:
    """That day at that time in Toronto (where the events are), not in UTC."""
    return timezone.localtime(day).replace(hour=hour, minute=minute, second=0, microsecond=0)


def _topics() -> list[Topic]:
    topics = []
    for slug, name, name_fr in TOPICS:
        topic = Topic.objects.filter(name__iexact=name).first()
        if topic is None:
            topic, _created = Topic.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_fr": name_fr}
            )
        topics.append(topic)
    return topics


def _speaker(person: User, name: str, lhin_number: int, topics: list[Topic]) -> Speaker:
    """The person's speaker row; made approved and listed only if they have none."""
    speaker = Speaker.objects.filter(person=person).first()
    if speaker is not None:
        return speaker
    home = LHIN.objects.get(number=lhin_number)
    now = timezone.now()
    speaker = Speaker.objects.create(
        person=person,
        status=Speaker.Status.APPROVED,
        home_lhin=home,
        name=name,
        bio="I talk about what helped me, and what did not, so services can do better.",
        formats=["roundtable", "panel", "community"],
        audiences=["providers", "policy", "community"],
        languages=["en", "fr"] if lhin_number == 11 else ["en"],
        travel="region",
        availability="Weekday evenings",
        monthly_limit=3,
        honorarium_preference="accept",
        listed=True,
        show_name=True,
        show_bio=True,
        show_topics=True,
        show_formats=True,
        show_lhins=True,
        show_languages=True,
        submitted_at=now - timedelta(days=90),
        decided_at=now - timedelta(days=60),
    )
    speaker.topics.set(topics)
    speaker.lhins_served.set(LHIN.objects.filter(number__in={lhin_number, 7}))
    return speaker


def _speakers(topics: list[Topic]) -> tuple[Speaker, list[Speaker]]:
    """Morgan, and two other active speakers to pair with."""
    morgan_person = User.objects.get(email=MORGAN)
    morgan = _speaker(morgan_person, "Morgan", 11, topics)
    others = list(Speaker.objects.active().exclude(pk=morgan.pk).order_by("pk")[:2])
    for email, display_name, name, lhin in FALLBACK_SPEAKERS[len(others) :]:
        person = demo_person(DemoPerson(email, display_name))
        others.append(_speaker(person, name, lhin, topics))
    return morgan, others


def _reference(year: int) -> str:
    """A free reference in the requests part's form, SR-<year>-<4 digits>, from 9001 up."""
    taken = set(
        SpeakingRequest.objects.filter(reference__startswith=f"SR-{year}-9").values_list(
            "reference", flat=True
        )
    )
    number = 9001
    while f"SR-{year}-{number}" in taken:
        number += 1
    return f"SR-{year}-{number}"


def _request(
    *, organization: str, event_title: str, starts_at: datetime, topics: list[Topic], **fields
) -> SpeakingRequest:
    """The demo request of this organization and event, its date and details refreshed."""
    found = SpeakingRequest.objects.filter(
        organization=organization, event_title=event_title
    ).first()
    values = {"starts_at": starts_at, "ends_at": starts_at + timedelta(hours=2), **fields}
    if found is None:
        found = SpeakingRequest.objects.create(
            organization=organization,
            event_title=event_title,
            reference=_reference(timezone.localdate(starts_at).year),
            **values,
        )
    else:
        SpeakingRequest.objects.filter(pk=found.pk).update(**values)
        found.refresh_from_db()
    found.topics.set(topics)
    return found


def _steps(request: SpeakingRequest, steps: list[tuple[str, str, User | None, datetime]]) -> None:
    """Its steps (from, to, who, when), written once."""
    if request.changes.exists():
        return
    # Received when its first step says, not when the demo ran.
    SpeakingRequest.objects.filter(pk=request.pk).update(created_at=steps[0][3])
    for from_status, to_status, actor, at in steps:
        step = RequestStatusChange.objects.create(
            request=request, from_status=from_status, to_status=to_status, actor=actor
        )
        RequestStatusChange.objects.filter(pk=step.pk).update(at=at)


def _offer(
    request: SpeakingRequest, speaker: Speaker, status: str, by: User | None, answered=None
) -> Offer:
    offer = Offer.objects.filter(request=request, speaker=speaker).first()
    if offer is None:
        offer = Offer.objects.create(
            request=request, speaker=speaker, status=status, offered_by=by, responded_at=answered
        )
        if answered is not None:  # offered a day before the answer, not today
            Offer.objects.filter(pk=offer.pk).update(offered_at=answered - timedelta(days=1))
    elif offer.status != status:
        Offer.objects.filter(pk=offer.pk).update(status=status, responded_at=answered)
        offer.refresh_from_db()
    return offer


def _waiting_offer(morgan: Speaker, coordinator: User | None, topics: list[Topic]) -> Offer:
    """An offer waiting for Morgan's answer, on a request being matched (the requests demo's
    first one where Morgan has room in the event's month, else one of our own)."""
    now = timezone.now()
    kept = (
        Offer.objects.filter(
            speaker=morgan,
            status=OfferStatus.OFFERED,
            request__status=Status.MATCHING,
            request__starts_at__gt=now,
        )
        .select_related("request")
        .first()
    )
    if kept is not None:
        return kept
    matching = SpeakingRequest.objects.filter(status=Status.MATCHING, starts_at__gt=now).exclude(
        offers__speaker=morgan
    )
    for request in matching.order_by("starts_at", "pk"):
        if engagements_in_month(speaker=morgan, moment=request.starts_at) < morgan.monthly_limit:
            return _offer(request, morgan, OfferStatus.OFFERED, coordinator)
    starts_at = _at(now + timedelta(days=24), 18, 30)
    while engagements_in_month(speaker=morgan, moment=starts_at) >= morgan.monthly_limit:
        starts_at = _at(starts_at + timedelta(days=31), 18, 30)
    request = _request(
        organization="Ottawa Community Health Centre",
        event_title="Evening forum: what harm reduction means to us",
        starts_at=starts_at,
        topics=topics[:2],
        status=Status.MATCHING,
        contact_name="Claire Lavoie",
        contact_email="claire.lavoie@example.com",
        language="fr",
        description="An open evening with neighbours and staff about the centre's new "
        "harm reduction services, and how to talk about them without stigma.",
        place="420 Cooper St, Ottawa",
        lhin=LHIN.objects.get(number=11),
        audience="community",
        audience_size=60,
        format="community",
        honorarium_offered=Decimal("150.00"),
        accessibility="Step-free entrance; ASL interpretation booked.",
    )
    _steps(
        request,
        [
            ("", Status.RECEIVED, None, now - timedelta(days=6)),
            (Status.RECEIVED, Status.MATCHING, coordinator, now - timedelta(days=5)),
        ],
    )
    return _offer(request, morgan, OfferStatus.OFFERED, coordinator)


def _confirmed_pair(morgan: Speaker, others: list[Speaker], coordinator, topics) -> None:
    now = timezone.now()
    starts_at = _at(now + timedelta(days=10), 13, 0)
    request = _request(
        organization="Toronto Drug Strategy Implementation Panel",
        event_title="Roundtable on supervised consumption and housing",
        starts_at=starts_at,
        topics=topics[:2],
        status=Status.CONFIRMED,
        confirmed_at=now - timedelta(days=3),
        contact_name="Devon Clarke",
        contact_email="devon.clarke@example.com",
        description="A policy roundtable with city staff and agencies on housing for people "
        "who use drugs. We want to hear what would make services safe and welcoming.",
        place="Metro Hall, 55 John St, Toronto",
        lhin=LHIN.objects.get(number=7),
        audience="policy",
        audience_size=25,
        format="roundtable",
        speakers_needed=2,
        honorarium_offered=Decimal("200.00"),
        travel_offered=True,
        accessibility="Step-free access, quiet room available.",
    )
    _steps(
        request,
        [
            ("", Status.RECEIVED, None, now - timedelta(days=14)),
            (Status.RECEIVED, Status.MATCHING, coordinator, now - timedelta(days=13)),
            (Status.MATCHING, Status.CONFIRMED, coordinator, now - timedelta(days=3)),
        ],
    )
    answered = now - timedelta(days=8)
    _offer(request, others[1], OfferStatus.DECLINED, coordinator, answered)
    _offer(request, morgan, OfferStatus.ACCEPTED, coordinator, answered)
    _offer(request, others[0], OfferStatus.ACCEPTED, coordinator, answered)


def _completed(morgan: Speaker, administrator, topics) -> None:
    now = timezone.now()
    starts_at = _at(now - timedelta(days=40), 19, 0)
    request = _request(
        organization="Champlain Family Support Circle",
        event_title="Family night: stigma and hope",
        starts_at=starts_at,
        topics=topics[1:],
        status=Status.COMPLETED,
        confirmed_at=starts_at - timedelta(days=12),
        feedback_invited_at=starts_at + timedelta(days=1),
        contact_name="Anne Gagnon",
        contact_email="anne.gagnon@example.com",
        language="fr",
        description="A monthly evening for families; this time about stigma, and what helps a "
        "loved one feel welcome.",
        place="Salle communautaire, 200 rue Main, Ottawa",
        lhin=LHIN.objects.get(number=11),
        audience="families",
        audience_size=30,
        format="community",
        honorarium_offered=Decimal("150.00"),
    )
    _steps(
        request,
        [
            ("", Status.RECEIVED, None, starts_at - timedelta(days=30)),
            (Status.RECEIVED, Status.MATCHING, administrator, starts_at - timedelta(days=28)),
            (Status.MATCHING, Status.CONFIRMED, administrator, starts_at - timedelta(days=12)),
            (Status.CONFIRMED, Status.COMPLETED, administrator, starts_at + timedelta(days=1)),
        ],
    )
    answered = starts_at - timedelta(days=20)
    offer = _offer(request, morgan, OfferStatus.ACCEPTED, administrator, answered)
    HostFeedback.objects.update_or_create(
        request=request,
        defaults={
            "rating": HostFeedback.Rating.EXCELLENT,
            "went_well": "Families stayed long after to talk. Morgan's honesty about setbacks "
            "gave people permission to share their own.",
            "could_improve": "A longer question period next time.",
            "would_request_again": True,
        },
    )
    Debrief.objects.update_or_create(
        offer=offer,
        defaults={
            "feeling": Debrief.Feeling.MIXED,
            "notes": "Good night. The question about my kids was hard; I said I would not go "
            "there, and that was fine. A walk after helped.",
            "follow_up": False,
        },
    )
    honorarium, _created = Honorarium.objects.update_or_create(
        person=morgan.person,
        activity=f"Spoke at “{request.event_title}”",
        defaults={
            "lhin": request.lhin,
            "kind": Honorarium.Kind.HONORARIUM,
            "activity_date": timezone.localdate(starts_at),
            "amount": request.honorarium_offered,
            "status": Honorarium.Status.REQUESTED,
            "requested_by": administrator,
        },
    )
    if offer.honorarium_id != honorarium.pk:
        Offer.objects.filter(pk=offer.pk).update(honorarium=honorarium)


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    if not User.objects.filter(email=MORGAN).exists():
        return  # the network's demo people come first
    topics = _topics()
    morgan, others = _speakers(topics)
    coordinator = User.objects.filter(email="coordinator@example.org").first()
    administrator = User.objects.filter(email="admin@example.org").first()
    _completed(morgan, administrator, topics)
    _confirmed_pair(morgan, others, coordinator, topics)
    _waiting_offer(morgan, coordinator, topics)
