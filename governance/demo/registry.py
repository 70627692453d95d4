# ruff: noqa: RUF001  (typographic apostrophes in the French text)
"""Governance demo data: the registry part.

Partners of every kind (one ended, so the public list shows it is left out), and engagement
strategies with a few logged activities for Toronto Central, North East and Champlain, kept by
their demo coordinators. The peer roles and competencies come from the migrations.
"""

from datetime import date, timedelta

from django.utils import timezone

from members.models import User
from network.models import LHIN

from ..models import EngagementActivity, LHINEngagementStrategy, Partner

PARTNERS = [
    {
        "name": "Faces and Voices of Recovery",
        "name_fr": "Faces and Voices of Recovery",
        "kind": Partner.Kind.INTERNATIONAL,
        "status": Partner.Status.ACTIVE,
        "website": "https://facesandvoicesofrecovery.org/",
        "description": (
            "A recovery advocacy organization that carries the voice of lived experience in "
            "addictions; the governance panel named it as a strategic partner."
        ),
        "description_fr": (
            "Un organisme de défense du rétablissement qui porte la voix du vécu en matière de "
            "dépendances; le comité de gouvernance l’a nommé comme partenaire stratégique."
        ),
        "agreement_start": date(2015, 4, 1),
        "lhins": [],
    },
    {
        "name": "Ontario Mental Health Peer Network (demo)",
        "name_fr": "Réseau ontarien de pairs en santé mentale (démo)",
        "kind": Partner.Kind.PROVINCIAL,
        "status": Partner.Status.ACTIVE,
        "website": "https://example.org/mental-health-peers",
        "description": "Shares peer support training and a community of practice.",
        "description_fr": "Partage de la formation en soutien par les pairs et une communauté "
        "de pratique.",
        "agreement_start": date(2016, 1, 15),
        "lhins": [],
    },
    {
        "name": "HIV Peer Network of Ontario (demo)",
        "name_fr": "Réseau de pairs VIH de l’Ontario (démo)",
        "kind": Partner.Kind.PEER_NETWORK,
        "status": Partner.Status.ACTIVE,
        "website": "https://example.org/hiv-peers",
        "description": "Partners on harm reduction and peer training.",
        "description_fr": "Partenaire en réduction des méfaits et en formation des pairs.",
        "agreement_start": date(2017, 9, 1),
        "lhins": [],
    },
    {
        "name": "Northern Wellness Coalition (demo)",
        "name_fr": "Coalition du mieux-être du Nord (démo)",
        "kind": Partner.Kind.STAKEHOLDER,
        "status": Partner.Status.ACTIVE,
        "website": "https://example.org/northern-wellness",
        "description": "Hosts outreach events with peers across the north.",
        "description_fr": "Organise des activités de sensibilisation avec des pairs dans le Nord.",
        "agreement_start": date(2019, 5, 1),
        "lhins": [13, 14],
        "contact_name": "Demo Contact",
        "contact_email": "contact@example.org",
    },
    {
        "name": "Canadian Peer Support Alliance (demo)",
        "name_fr": "Alliance canadienne du soutien par les pairs (démo)",
        "kind": Partner.Kind.NATIONAL,
        "status": Partner.Status.ENDED,
        "website": "https://example.org/national-peers",
        "description": "A national network we partnered with on a completed project.",
        "description_fr": "Un réseau national avec qui nous avons mené un projet terminé.",
        "agreement_start": date(2016, 1, 1),
        "agreement_end": date(2018, 12, 31),
        "lhins": [],
    },
]

STRATEGIES = {
    7: (
        "<p>Meet the LHIN’s mental health and addictions lead each quarter; hold outreach at "
        "drop-ins and harm reduction sites with two peers at each event; reach five full "
        "members and keep them engaged.</p>",
        "<p>Rencontrer chaque trimestre le responsable de la santé mentale et des dépendances "
        "du RLISS; tenir des activités de sensibilisation dans les haltes-accueil et les sites "
        "de réduction des méfaits, avec deux pairs à chaque activité; atteindre cinq membres "
        "de plein droit et les garder engagés.</p>",
    ),
    13: (
        "<p>Distance is the barrier: meet online first, travel with partners to Sudbury, "
        "North Bay and Timmins, and work with First Nations and francophone peers.</p>",
        "<p>La distance est l’obstacle : se rencontrer d’abord en ligne, se déplacer avec des "
        "partenaires à Sudbury, North Bay et Timmins, et travailler avec des pairs des "
        "Premières Nations et francophones.</p>",
    ),
    11: (
        "<p>Work in French and English with the LHIN and peer programmes in Ottawa and "
        "Cornwall.</p>",
        "<p>Travailler en français et en anglais avec le RLISS et les programmes de pairs "
        "d’Ottawa et de Cornwall.</p>",
    ),
}

# (LHIN, days ago, kind, description, people reached)
ACTIVITIES = [
    (7, 60, "lhin_meeting", "Quarterly meeting with the LHIN's addictions lead.", 4),
    (7, 30, "outreach", "Outreach at a downtown drop-in, two peers present.", 35),
    (7, 10, "presentation", "Presentation on peer roles to a hospital team.", 22),
    (13, 45, "partnership_meeting", "Planning with the Northern Wellness Coalition.", 6),
    (13, 15, "outreach", "Online information session for northern peers.", 18),
    (11, 20, "lhin_meeting", "Bilingual meeting with the LHIN planning team.", 5),
]


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    lhins = {lhin.number: lhin for lhin in LHIN.objects.all()}
    for data in PARTNERS:
        data = dict(data)
        numbers = data.pop("lhins")
        partner, _created = Partner.objects.update_or_create(name=data["name"], defaults=data)
        partner.lhins.set([lhins[n] for n in numbers])

    coordinators = {
        7: User.objects.filter(email="coordinator@example.org").first(),
        13: User.objects.filter(email="coordinator.north@example.org").first(),
        11: User.objects.filter(email="admin@example.org").first(),
    }
    review_by = timezone.localdate() + timedelta(days=180)
    for number, (strategy, strategy_fr) in STRATEGIES.items():
        LHINEngagementStrategy.objects.update_or_create(
            lhin=lhins[number],
            defaults={
                "strategy": strategy,
                "strategy_fr": strategy_fr,
                "review_by": review_by,
                "updated_by": coordinators[number],
            },
        )
    today = timezone.localdate()
    for number, days_ago, kind, description, reached in ACTIVITIES:
        # The description is the activity's stable key: dates move with the demo's "today".
        EngagementActivity.objects.update_or_create(
            lhin=lhins[number],
            description=description,
            defaults={
                "date": today - timedelta(days=days_ago),
                "kind": kind,
                "people_reached": reached,
                "recorded_by": coordinators[number],
            },
        )
