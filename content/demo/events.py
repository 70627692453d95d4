"""Demo data of the content app: the events part (called by content.demo.seed_content_demo).

A dozen events over this month and the next two, in several LHINs and across the province, in
person and online, for peers, families, providers and members: one for members only, one
cancelled, and the annual conference over three days. Idempotent: events are keyed by their
address, and their dates move along with today.
"""

from datetime import date, datetime, timedelta

from django.utils import timezone

from network.models import LHIN
from network.services import TORONTO

from ..models import Access, Event, Status

CONFERENCE_SLUG = "annual-conference"
MEMBERS_ONLY_SLUG = "members-meeting-the-year-ahead"
CANCELLED_SLUG = "peer-support-circle-hamilton"

A = Event.Audience

# (slug, days from today, start hour, hours long, LHIN number or None, fields)
EVENTS: list[tuple[str, int, int, int, int | None, dict]] = [
    (
        "peer-support-circle-toronto",
        -4,
        18,
        2,
        7,
        {
            "title": "Peer support circle: Toronto Central",
            "title_fr": "Cercle de soutien par les pairs : Centre-Toronto",
            "summary": "An evening circle where people with lived experience support one another.",
            "summary_fr": "Un cercle du soir où les personnes ayant un vécu se soutiennent.",
            "place": "Community room, 519 Church Street, Toronto",
            "audiences": [A.PEERS],
        },
    ),
    (
        "online-drop-in-meet-the-network",
        2,
        19,
        1,
        None,
        {
            "title": "Online drop-in: meet the network",
            "title_fr": "Rencontre en ligne : découvrir le réseau",
            "summary": "Who we are, how the network is peer run, and how to get involved.",
            "summary_fr": "Qui nous sommes, comment le réseau est géré par les pairs, "
            "et comment s\u2019impliquer.",
            "online_url": "https://meet.example.org/network-drop-in",
            "audiences": [A.EVERYONE],
        },
    ),
    (
        "families-and-allies-evening-ottawa",
        6,
        18,
        2,
        11,
        {
            "title": "Families and allies evening: supporting someone you love",
            "title_fr": "Soirée des familles et des proches : soutenir une personne aimée",
            "summary": "Families and allies share what helps, with peers who have been there.",
            "summary_fr": "Les familles et les proches partagent ce qui aide, avec des pairs "
            "qui sont passés par là.",
            "place": "Family centre, 100 Bank Street, Ottawa",
            "audiences": [A.FAMILIES],
        },
    ),
    (
        "harm-reduction-and-peer-work-sudbury",
        10,
        13,
        3,
        13,
        {
            "title": "Harm reduction and peer work: a community conversation",
            "title_fr": "Réduction des méfaits et travail de pair : une conversation communautaire",
            "summary": "Peer workers and community partners talk about harm reduction in the "
            "North East. Join in person or online.",
            "summary_fr": "Des pairs aidants et des partenaires communautaires parlent de "
            "réduction des méfaits dans le Nord-Est. En personne ou en ligne.",
            "place": "Hall, 30 Elm Street, Sudbury",
            "online_url": "https://meet.example.org/harm-reduction-north-east",
            "audiences": [A.PEERS, A.PROVIDERS],
        },
    ),
    (
        CANCELLED_SLUG,
        13,
        18,
        2,
        4,
        {
            "title": "Peer support circle: Hamilton",
            "title_fr": "Cercle de soutien par les pairs : Hamilton",
            "summary": "Cancelled: the room is not available. The next circle will be "
            "announced here.",
            "summary_fr": "Annulé : la salle n\u2019est pas disponible. Le prochain cercle sera "
            "annoncé ici.",
            "place": "Library meeting room, 55 York Boulevard, Hamilton",
            "audiences": [A.PEERS],
            "cancelled": True,
        },
    ),
    (
        "lived-experience-voices-at-system-tables",
        17,
        12,
        2,
        None,
        {
            "title": "Engaging lived-experience voices at system tables",
            "title_fr": "Faire entendre les voix du vécu aux tables de décision",
            "summary": "For organizations: how to invite, prepare and pay people with lived "
            "experience who join policy tables.",
            "summary_fr": "Pour les organismes : comment inviter, préparer et rémunérer les "
            "personnes ayant un vécu qui siègent aux tables de politiques.",
            "online_url": "https://meet.example.org/system-tables",
            "audiences": [A.PROVIDERS],
        },
    ),
    (
        MEMBERS_ONLY_SLUG,
        22,
        19,
        2,
        None,
        {
            "title": "Members' meeting: the year ahead",
            "title_fr": "Réunion des membres : l\u2019année qui vient",
            "summary": "Members review the terms of reference and the engagement target of "
            "each LHIN.",
            "summary_fr": "Les membres revoient le mandat et la cible d\u2019engagement de "
            "chaque RLISS.",
            "online_url": "https://meet.example.org/members-meeting",
            "audiences": [A.MEMBERS],
            "access": Access.MEMBERS,
        },
    ),
    (
        "peer-walk-waterloo-wellington",
        27,
        11,
        3,
        3,
        {
            "title": "Peer walk and picnic: Waterloo Wellington",
            "title_fr": "Marche et pique-nique entre pairs : Waterloo Wellington",
            "summary": "A gentle walk along the river and lunch together. Everyone welcome.",
            "summary_fr": "Une marche tranquille le long de la rivière et un dîner ensemble. "
            "Tout le monde est bienvenu.",
            "place": "Victoria Park pavilion, Kitchener",
            "audiences": [A.EVERYONE],
        },
    ),
    (
        CONFERENCE_SLUG,
        36,
        9,
        55,  # three days: 9:00 on the first to 16:00 on the third
        None,
        {
            "title": "Annual conference: peer support, by and for people with lived experience",
            "title_fr": "Congrès annuel : le soutien par les pairs, par et pour les personnes "
            "ayant un vécu",
            "summary": "Three days of workshops, the speakers' bureau, and the network's "
            "annual meeting.",
            "summary_fr": "Trois jours d\u2019ateliers, le bureau des conférenciers et "
            "l\u2019assemblée annuelle du réseau.",
            "place": "Conference centre, 255 Front Street West, Toronto",
            "online_url": "https://meet.example.org/annual-conference",
            "audiences": [A.EVERYONE],
            "is_conference": True,
            "registration_url": "https://conference.example.org/register",
        },
    ),
    (
        "self-care-and-compassion-fatigue-thunder-bay",
        44,
        10,
        4,
        14,
        {
            "title": "Self-care and compassion fatigue: a peer workshop",
            "title_fr": "Prendre soin de soi et usure de compassion : un atelier entre pairs",
            "summary": "Caring for yourself while you care for others, with peers of the "
            "North West.",
            "summary_fr": "Prendre soin de soi en prenant soin des autres, avec des pairs du "
            "Nord-Ouest.",
            "place": "Friendship centre, 401 Cumberland Street, Thunder Bay",
            "audiences": [A.PEERS],
        },
    ),
    (
        "speakers-bureau-information-session",
        51,
        18,
        1,
        None,
        {
            "title": "Speakers' bureau: information session",
            "title_fr": "Bureau des conférenciers : séance d\u2019information",
            "summary": "Share your experience at policy tables, one to one and in the media: "
            "how the bureau prepares and supports its speakers.",
            "summary_fr": "Partager son expérience aux tables de politiques, en personne et "
            "dans les médias : comment le bureau prépare et soutient ses conférenciers.",
            "online_url": "https://meet.example.org/speakers-bureau",
            "audiences": [A.PEERS],
        },
    ),
    (
        "organizational-readiness-for-peer-roles-london",
        58,
        9,
        6,
        2,
        {
            "title": "Is your organization ready for peer roles?",
            "title_fr": "Votre organisme est-il prêt à accueillir des pairs aidants?",
            "summary": "For employers: the readiness checklist and what a successful peer role "
            "looks like.",
            "summary_fr": "Pour les employeurs : la liste de vérification de l\u2019état de "
            "préparation et ce qui fait la réussite d\u2019un rôle de pair.",
            "place": "Board room, 150 Dundas Street, London",
            "audiences": [A.PROVIDERS],
        },
    ),
]


def _description(summary: str, *, french: bool) -> str:
    if french:
        closing = (
            "La participation est gratuite. Vous n\u2019avez pas à raconter votre histoire : "
            "partagez seulement ce que vous choisissez de partager."
        )
    else:
        closing = (
            "Taking part is free. Nobody is asked to tell their story: share only what you "
            "choose to share."
        )
    return f"<p>{summary}</p><p>{closing}</p>"


def _at(days: int, hour: int) -> datetime:
    day: date = timezone.localdate(timezone=TORONTO) + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, tzinfo=TORONTO)


def seed() -> None:
    lhins = {lhin.number: lhin for lhin in LHIN.objects.all()}
    for slug, days, hour, hours, lhin_number, fields in EVENTS:
        starts = _at(days, hour)
        defaults = {
            "place": "",
            "online_url": "",
            "access": Access.PUBLIC,
            "cancelled": False,
            "is_conference": False,
            "registration_url": "",
            **fields,
            "description": _description(fields["summary"], french=False),
            "description_fr": _description(fields["summary_fr"], french=True),
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=hours),
            "lhin": lhins.get(lhin_number) if lhin_number else None,
            "status": Status.PUBLISHED,
        }
        Event.objects.update_or_create(slug=slug, defaults=defaults)
