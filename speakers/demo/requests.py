"""The speakers' bureau's demo data: the requests part.

Six requests from Ontario organizations of the kinds that ask for speakers (a public health
unit, a college class, a hospital's addiction program, a municipal drug strategy table, a
family support group, a radio program), received, in matching with no offer yet, or cancelled by
the host; two ask for a pair, one is in French. Dates are relative to the day it runs.

Idempotent: a request already there is left as it is, since the matching part's demo (which runs
after this one) moves some of them on with offers.
"""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from members.models import User
from network.models import LHIN
from network.selectors import coordinators_of

from ..models import RequestStatusChange, SpeakingRequest, Topic
from ..services.requests import next_reference


@dataclass(frozen=True)
class DemoRequest:
    organization: str
    event_title: str
    description: str
    lhin: int
    audience: str
    audience_size: int
    format: str
    starts_in_days: int
    hours: tuple[int, int]  # start and end hour, Toronto
    received_days_ago: int
    status: str
    contact_name: str
    contact_email: str
    topic_words: tuple[str, ...]
    place: str = ""
    online: bool = False
    language: str = "en"
    speakers_needed: int = 1
    honorarium: str | None = None
    travel: bool = False
    media: bool = False
    accessibility: str = ""
    cancel_reason: str = ""


DEMO_REQUESTS = (
    DemoRequest(
        organization="Lakeshore District Health Unit",
        event_title="Naloxone and stigma: a lunch-and-learn for public health nurses",
        description=(
            "Our harm reduction team is training 35 public health nurses who hand out naloxone "
            "kits. We would like two people with lived experience to talk about what made a "
            "difference when they met health workers, and what pushed them away."
        ),
        lhin=12,
        audience="providers",
        audience_size=35,
        format="classroom",
        starts_in_days=45,
        hours=(12, 14),
        received_days_ago=2,
        status="received",
        contact_name="Dana Whitfield",
        contact_email="dana.whitfield@example.org",
        topic_words=("harm", "stigma", "naloxone"),
        place="Lakeshore District Health Unit, 80 Bayfield Street, Barrie, room 2B",
        speakers_needed=2,
        honorarium="150.00",
        travel=True,
        accessibility="Step-free entrance and lift. Lunch is provided; tell us any dietary needs.",
    ),
    DemoRequest(
        organization="Humber Valley College, Social Service Worker program",
        event_title="Guest speaker for SSW 210: working alongside people who use substances",
        description=(
            "Second-year students preparing for placements in shelters and drop-ins. We hope a "
            "speaker can share what good support looked like for them, and take questions the "
            "students send in beforehand (screened by the instructor)."
        ),
        lhin=7,
        audience="students",
        audience_size=60,
        format="classroom",
        starts_in_days=26,
        hours=(10, 12),
        received_days_ago=6,
        status="matching",
        contact_name="Prof. Amina Osei",
        contact_email="a.osei@example.edu",
        topic_words=("peer", "stigma", "support"),
        place="Humber Valley College, 205 Humber College Blvd, Toronto, room L1003",
        honorarium="100.00",
        accessibility="Accessible classroom; captions on the projector on request.",
    ),
    DemoRequest(
        organization="St. Brigid's Hospital, Addiction Medicine Program",
        event_title="Grand rounds: what patients with lived experience want clinicians to know",
        description=(
            "Monthly grand rounds for physicians, nurses and social workers. A panel of two "
            "speakers and our program lead, 20 minutes each and 20 minutes of discussion. The "
            "session is recorded for staff only, with the speakers' agreement."
        ),
        lhin=4,
        audience="providers",
        audience_size=120,
        format="panel",
        starts_in_days=33,
        hours=(8, 9),
        received_days_ago=10,
        status="matching",
        contact_name="Dr. Luc Tremblay",
        contact_email="grandrounds@example.org",
        topic_words=("health", "stigma", "treatment"),
        place="Auditorium, 50 Charlton Avenue East, Hamilton",
        speakers_needed=2,
        honorarium="200.00",
        travel=True,
        accessibility="Step-free access, a quiet room next to the auditorium, parking paid for.",
    ),
    DemoRequest(
        organization="Greater Sudbury Community Drug Strategy",
        event_title="Drug strategy working session: lived experience at the table",
        description=(
            "Our working group (city, police, public health, shelters, Indigenous partners) is "
            "drafting the next four-year plan. We want people with lived experience in the "
            "room from the start, not consulted at the end."
        ),
        lhin=13,
        audience="policy",
        audience_size=18,
        format="roundtable",
        starts_in_days=52,
        hours=(13, 16),
        received_days_ago=1,
        status="received",
        contact_name="Marie-Claude Beaulieu",
        contact_email="drugstrategy@example.ca",
        topic_words=("policy", "harm", "housing"),
        place="Zoom (we send the link to the speakers)",
        online=True,
        honorarium="150.00",
        accessibility="Live captions on Zoom; cameras optional.",
    ),
    DemoRequest(
        organization="Cercle des familles de l'Est ontarien",
        event_title="Soirée des familles : parler de la consommation sans honte",
        description=(
            "Notre groupe de soutien réunit une fois par mois des parents et des proches de "
            "personnes qui consomment. Nous aimerions entendre une personne qui a vécu la "
            "consommation parler de ce qui l'a aidée du côté de sa famille."
        ),
        lhin=11,
        audience="families",
        audience_size=25,
        format="community",
        starts_in_days=21,
        hours=(19, 21),
        received_days_ago=8,
        status="matching",
        contact_name="Josée Lalonde",
        contact_email="cercle.familles@example.ca",
        topic_words=("famil", "stigma"),
        place="Centre communautaire, 435, rue Principale, Casselman",
        language="fr",
        honorarium="100.00",
        travel=True,
        accessibility="Salle accessible en fauteuil roulant; interprétation en anglais au besoin.",
    ),
    DemoRequest(
        organization="Radio Grand River 98.1, “Community Matters”",
        event_title="Radio interview: families, harm reduction and recovery",
        description=(
            "A 20-minute live interview on our Saturday community affairs program, with calls "
            "from listeners screened by our producer."
        ),
        lhin=3,
        audience="community",
        audience_size=5000,
        format="media",
        starts_in_days=14,
        hours=(9, 10),
        received_days_ago=12,
        status="cancelled",
        contact_name="Sam Kowalczyk",
        contact_email="producer@example.fm",
        topic_words=("famil", "harm", "recovery"),
        place="Studio B, 12 King Street North, Waterloo",
        media=True,
        cancel_reason=(
            "Our spring schedule changed and the episode was dropped. We hope to ask again in "
            "the fall."
        ),
    ),
)


def _topics(words: tuple[str, ...]) -> list[Topic]:
    """Topics the coordinators keep (the pages part's demo makes them) that fit the request."""
    query = Q()
    for word in words:
        query |= Q(slug__icontains=word) | Q(name__icontains=word)
    return list(Topic.objects.filter(query, active=True)[:3])


def _coordinator(lhin: LHIN) -> User | None:
    return (
        coordinators_of(lhin).first()
        or User.objects.filter(email="coordinator@example.org").first()
        or User.objects.filter(email="admin@example.org").first()
    )


def _steps(request: SpeakingRequest, demo: DemoRequest, received_at) -> None:
    """Its steps, dated as if they happened: received, then matching or cancelled."""
    steps = [("", "received", None, "", received_at)]
    if demo.status == "matching":
        coordinator = _coordinator(request.lhin)
        steps.append(("received", "matching", coordinator, "", received_at + timedelta(days=1)))
    if demo.status == "cancelled":
        note = "Cancelled by the host"
        steps.append(("received", "cancelled", None, note, received_at + timedelta(days=3)))
    for from_status, to_status, actor, note, at in steps:
        step = RequestStatusChange.objects.create(
            request=request, from_status=from_status, to_status=to_status, actor=actor, note=note
        )
        # `at` is set when the row is made; the demo dates it back.
        RequestStatusChange.objects.filter(pk=step.pk).update(at=at)


@transaction.atomic
def seed() -> None:
    """Idempotent: requests already there (by organization and event) are left untouched."""
    now = timezone.now()
    today = timezone.localtime(now).replace(minute=0, second=0, microsecond=0)
    for demo in DEMO_REQUESTS:
        if SpeakingRequest.objects.filter(
            organization=demo.organization, event_title=demo.event_title
        ).exists():
            continue
        received_at = now - timedelta(days=demo.received_days_ago)
        starts_at = (today + timedelta(days=demo.starts_in_days)).replace(hour=demo.hours[0])
        request = SpeakingRequest.objects.create(
            reference=next_reference(received_at),
            status=demo.status,
            organization=demo.organization,
            contact_name=demo.contact_name,
            contact_email=demo.contact_email,
            language=demo.language,
            event_title=demo.event_title,
            description=demo.description,
            starts_at=starts_at,
            ends_at=starts_at.replace(hour=demo.hours[1]),
            online=demo.online,
            place=demo.place,
            lhin=LHIN.objects.get(number=demo.lhin),
            audience=demo.audience,
            audience_size=demo.audience_size,
            format=demo.format,
            speakers_needed=demo.speakers_needed,
            honorarium_offered=Decimal(demo.honorarium) if demo.honorarium else None,
            travel_offered=demo.travel,
            media_present=demo.media,
            accessibility=demo.accessibility,
            cancel_reason=demo.cancel_reason,
        )
        SpeakingRequest.objects.filter(pk=request.pk).update(created_at=received_at)
        request.topics.set(_topics(demo.topic_words))
        _steps(request, demo, received_at)
