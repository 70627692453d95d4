"""The speakers' bureau's demo data: the applications part.

Morgan Speaks (speaker@example.org, Champlain) is an approved, active, listed speaker with a
safety plan and no photo; eleven more demo people (speaker.<name>@example.org, the demo
password) are speakers and applicants in every state: approved and listed across regions,
topics and languages (some in French), one paused, one unlisted, and one each draft,
submitted, in review, conversation scheduled and declined. States are set directly, with their
history, and nobody is emailed. Idempotent: running it again updates the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from members.models import User
from network.demo import DemoPerson, demo_person
from network.models import LHIN
from network.selectors import coordinators_of
from training.models import ExternalTraining, Registration

from ..models import SafetyPlan, Speaker, SpeakerStatusChange, Topic
from .pages import seed_topics

Status = Speaker.Status

EVERY_CONSENT = {
    "show_name": True,
    "show_bio": True,
    "show_topics": True,
    "show_formats": True,
    "show_audiences": True,
    "show_lhins": True,
    "show_languages": True,
    "show_travel": True,
    "show_availability": True,
    "show_photo": True,
    "show_training": True,
    "listed": True,
}


@dataclass(frozen=True)
class DemoSpeaker:
    email: str
    display_name: str
    lhin: int
    status: str
    bio: str
    topics: tuple[str, ...]
    formats: tuple[str, ...]
    audiences: tuple[str, ...]
    lhins_served: tuple[int, ...]
    languages: tuple[str, ...]
    travel: str = "region"
    availability: str = ""
    monthly_limit: int = 1
    honorarium: str = "decide"
    consents: dict = field(default_factory=lambda: EVERY_CONSENT)
    paused: bool = False
    decision_note: str = ""
    safety_plan: dict | None = None


MORGAN = DemoSpeaker(
    "speaker@example.org",
    "Morgan Speaks",
    11,
    Status.APPROVED,
    "I have used drugs for half my life and worked in harm reduction for ten years. I speak "
    "about what kept me alive, what made services feel safe, and what policy looks like from "
    "the other side of the counter.",
    ("harm-reduction", "lived-experience-in-policy", "stigma"),
    ("roundtable", "media", "panel"),
    ("policy", "providers", "media"),
    (11, 10),
    ("en", "fr"),
    travel="ontario",
    availability="Weekdays; not in August",
    monthly_limit=2,
    honorarium="accept",
    safety_plan={
        "will_speak_about": "Harm reduction, naloxone, what made services feel safe to me.",
        "wont_speak_about": "My family, and the year I lost my housing.",
        "support_person": "Dee, my peer worker at the drop-in: text first.",
        "after_care": "A quiet hour, a walk by the canal, supper with a friend.",
    },
)

SPEAKERS = (
    MORGAN,
    DemoSpeaker(
        "speaker.amara@example.org",
        "Amara",
        7,
        Status.APPROVED,
        "A mother, a peer worker and a person who uses drugs. I talk with service providers "
        "about meeting people where they are, and with families about staying connected.",
        ("families", "harm-reduction", "peer-support"),
        ("community", "classroom", "one_to_one"),
        ("families", "providers", "students"),
        (7, 8),
        ("en",),
        availability="Weekday evenings",
        monthly_limit=2,
        honorarium="accept",
    ),
    DemoSpeaker(
        "speaker.luc@example.org",
        "Luc",
        11,
        Status.APPROVED,
        "Je parle de mon parcours avec l'alcool et de ce qui m'a aidé : des pairs, un logement "
        "stable et des intervenants qui ne jugeaient pas. Je m'adresse volontiers aux élus et "
        "aux étudiants.",
        ("paths-of-recovery", "housing"),
        ("roundtable", "classroom"),
        ("policy", "students"),
        (11,),
        ("fr", "en"),
        availability="Les mardis et jeudis",
        honorarium="decide",
    ),
    DemoSpeaker(
        "speaker.josee@example.org",
        "Josée",
        13,
        Status.APPROVED,
        "Pair aidante à Sudbury, je parle de stigmatisation dans les petites communautés du "
        "Nord et de l'accès aux services en français.",
        ("stigma", "peer-support"),
        ("panel", "community", "media"),
        ("community", "providers", "media"),
        (13, 14),
        ("fr",),
        travel="ontario",
        availability="Flexible, en ligne de préférence",
        monthly_limit=3,
        honorarium="volunteer",
    ),
    DemoSpeaker(
        "speaker.dev@example.org",
        "Dev",
        4,
        Status.APPROVED,
        "I speak with young people and schools about substance use without shame, and about "
        "finding support in your own language and culture.",
        ("youth", "stigma"),
        ("classroom", "community"),
        ("youth", "students", "families"),
        (4, 3),
        ("en", "pa"),
        availability="Afternoons",
        monthly_limit=2,
    ),
    DemoSpeaker(
        "speaker.kai@example.org",
        "Kai",
        14,
        Status.APPROVED,
        "I share what harm reduction means on the land and in northern towns.",
        ("harm-reduction", "housing"),
        ("roundtable", "one_to_one"),
        ("policy", "peers"),
        (14,),
        ("en",),
        paused=True,
    ),
    DemoSpeaker(
        "speaker.rose@example.org",
        "Rose",
        8,
        Status.APPROVED,
        "I speak one to one with people starting peer work, and in training rooms.",
        ("peer-support", "paths-of-recovery"),
        ("one_to_one", "classroom"),
        ("peers", "students"),
        (8, 9),
        ("en",),
        consents={**EVERY_CONSENT, "listed": False},
    ),
    DemoSpeaker(
        "speaker.tam@example.org",
        "Tam",
        9,
        Status.DRAFT,
        "",
        ("youth",),
        ("community",),
        (),
        (),
        (),
        consents={},
    ),
    DemoSpeaker(
        "speaker.noor@example.org",
        "Noor",
        7,
        Status.SUBMITTED,
        "I talk about being a newcomer who uses drugs, and about services that listened.",
        ("stigma", "harm-reduction"),
        ("panel", "community"),
        ("providers", "community"),
        (7,),
        ("en", "ar"),
        consents={**EVERY_CONSENT, "show_photo": False},
    ),
    DemoSpeaker(
        "speaker.jordan@example.org",
        "Jordan",
        7,
        Status.IN_REVIEW,
        "Former outreach worker. I speak about overdose response and grief.",
        ("harm-reduction", "lived-experience-in-policy"),
        ("roundtable", "media"),
        ("policy", "media"),
        (7, 6),
        ("en",),
        consents={"show_topics": True, "show_formats": True, "listed": True},
    ),
    DemoSpeaker(
        "speaker.ash@example.org",
        "Ash",
        13,
        Status.CONVERSATION,
        "Je parle de soutien par les pairs en milieu rural. I speak in English too.",
        ("peer-support", "families"),
        ("community", "panel"),
        ("community", "families"),
        (13,),
        ("fr", "en"),
    ),
    DemoSpeaker(
        "speaker.sky@example.org",
        "Sky",
        2,
        Status.DECLINED,
        "I would like to speak about my journey.",
        ("paths-of-recovery",),
        ("community",),
        ("community",),
        (2,),
        ("en",),
        decision_note=(
            "Thank you for applying. We would love for you to take the storytelling workshop "
            "first, then apply again: it helps you choose what to share and what to keep."
        ),
    ),
)

# The application's history by state: (status reached, days ago), oldest first.
HISTORY = {
    Status.DRAFT: (),
    Status.SUBMITTED: ((Status.SUBMITTED, 3),),
    Status.IN_REVIEW: ((Status.SUBMITTED, 15), (Status.IN_REVIEW, 10)),
    Status.CONVERSATION: (
        (Status.SUBMITTED, 25),
        (Status.IN_REVIEW, 20),
        (Status.CONVERSATION, 12),
    ),
    Status.APPROVED: (
        (Status.SUBMITTED, 130),
        (Status.IN_REVIEW, 120),
        (Status.CONVERSATION, 110),
        (Status.APPROVED, 100),
    ),
    Status.DECLINED: (
        (Status.SUBMITTED, 70),
        (Status.IN_REVIEW, 60),
        (Status.DECLINED, 50),
    ),
}
PAUSED_DAYS_AGO = 20


def _at(days_ago: int, hour: int = 11) -> datetime:
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(datetime.combine(day, time(hour)))


def _topics() -> dict[str, Topic]:
    """The pages part's topics (its seed runs first; running it again changes nothing)."""
    seed_topics()
    return {topic.slug: topic for topic in Topic.objects.all()}


def _staff_of(lhin: LHIN) -> User | None:
    """Who took the vetting steps in the demo: a coordinator of the LHIN, else the admin."""
    return coordinators_of(lhin).first() or User.objects.filter(email="admin@example.org").first()


@transaction.atomic
def seed() -> None:
    topics = _topics()
    lhins = {lhin.number: lhin for lhin in LHIN.objects.all()}
    for demo in SPEAKERS:
        # Made once (`demo_person` hashes the demo password again each time it runs).
        person = User.objects.filter(email__iexact=demo.email).first() or demo_person(
            DemoPerson(demo.email, demo.display_name, membership=("full", demo.lhin))
        )
        speaker = _speaker(demo, person, lhins)
        speaker.topics.set([topics[slug] for slug in demo.topics])
        speaker.lhins_served.set([lhins[number] for number in demo.lhins_served])
        if demo.safety_plan:
            SafetyPlan.objects.update_or_create(speaker=speaker, defaults=demo.safety_plan)
        if not speaker.changes.exists():
            _history(speaker, demo, person)
    _morgans_training()


def _speaker(demo: DemoSpeaker, person: User, lhins: dict[int, LHIN]) -> Speaker:
    history = dict(HISTORY[demo.status])
    conversation_at = None
    if demo.status == Status.CONVERSATION:
        conversation_at = _at(-5, 18)  # in five days, in the evening
    elif Status.CONVERSATION in history:
        conversation_at = _at(history[Status.CONVERSATION] - 3, 18)
    decided = history.get(Status.APPROVED, history.get(Status.DECLINED))
    consents = {name: demo.consents.get(name, False) for name in EVERY_CONSENT}
    speaker, _ = Speaker.objects.update_or_create(
        person=person,
        defaults={
            "status": demo.status,
            "home_lhin": lhins[demo.lhin],
            "name": demo.display_name.split()[0],
            "bio": demo.bio,
            "formats": list(demo.formats),
            "audiences": list(demo.audiences),
            "languages": list(demo.languages),
            "travel": demo.travel if demo.status != Status.DRAFT else "",
            "availability": demo.availability,
            "monthly_limit": demo.monthly_limit,
            "honorarium_preference": demo.honorarium,
            "references": "" if demo.status == Status.DRAFT else "A peer worker who knows me",
            **consents,
            "submitted_at": _at(history[Status.SUBMITTED]) if Status.SUBMITTED in history else None,
            "conversation_at": conversation_at,
            "decided_at": _at(decided) if decided is not None else None,
            "decided_by": _staff_of(lhins[demo.lhin]) if decided is not None else None,
            "decision_note": demo.decision_note,
            "paused_at": _at(PAUSED_DAYS_AGO) if demo.paused else None,
        },
    )
    return speaker


def _history(speaker: Speaker, demo: DemoSpeaker, person: User) -> None:
    """The steps the application took, dated as if they had happened."""
    previous = Status.DRAFT
    staff = _staff_of(speaker.home_lhin)
    steps = [(status, days_ago, "") for status, days_ago in HISTORY[demo.status]]
    if demo.paused:
        steps.append((Status.APPROVED, PAUSED_DAYS_AGO, "paused"))
    for status, days_ago, event in steps:
        own = status == Status.SUBMITTED or event
        change = SpeakerStatusChange.objects.create(
            speaker=speaker,
            from_status=previous,
            to_status=status,
            event=event,
            actor=person if own else staff,
        )
        # `at` is set when the row is made: date it as the demo's story has it.
        SpeakerStatusChange.objects.filter(pk=change.pk).update(at=_at(days_ago))
        previous = status


def _morgans_training() -> None:
    """Morgan links the session they attended (the training demo's) and a storytelling course
    taken elsewhere, and publishes their titles."""
    speaker = Speaker.objects.filter(person__email=MORGAN.email).first()
    if speaker is None:
        return
    storytelling, _ = ExternalTraining.objects.update_or_create(
        person=speaker.person,
        title="Storytelling for change",
        defaults={
            "provider": "Community Media Collective",
            "completed_on": timezone.localdate() - timedelta(days=200),
            "hours": Decimal("6.0"),
        },
    )
    speaker.training_external.set([storytelling])
    speaker.training_registrations.set(
        Registration.objects.filter(person=speaker.person, attended=True)
    )
