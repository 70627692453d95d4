"""Governance demo data: the bodies part.

A board with its own terms of reference, its seats (lived-experience ones marked, one vacant),
a meeting held with approved minutes, attendance and two decisions, and one coming up; plus a
members-only advisory group and a public expert panel. Idempotent: stable keys (slugs, seat
order, meeting titles, motion numbers), dates moved along with today.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from members.models import User

from ..models import (
    Attendance,
    Body,
    BodyVisibility,
    Decision,
    Document,
    DocumentVersion,
    Meeting,
    Seat,
)
from ..services.bodies import seat_assign

BOARD_TERMS_SLUG = "board-terms-of-reference"

BOARD_TERMS_BODY = (
    "<h2>Purpose</h2><p>The board oversees the network on behalf of its members. It keeps the "
    "network peer-led: most of its seats are held by people with lived or living experience.</p>"
    "<h2>Membership</h2><ul><li>A chair and a vice-chair, elected by the full members.</li>"
    "<li>At least three lived-experience seats, held by full members.</li>"
    "<li>A secretary and a treasurer.</li></ul>"
    "<h2>Meetings</h2><p>At least four times a year. Agendas are published a week ahead; "
    "minutes once the board approves them.</p>"
)
BOARD_TERMS_BODY_FR = (
    "<h2>Objet</h2><p>Le conseil supervise le réseau au nom de ses membres. Il garde le réseau "
    "dirigé par les pairs : la plupart de ses sièges sont occupés par des personnes ayant un "
    "vécu.</p><h2>Composition</h2><ul><li>Une présidence et une vice-présidence, élues par "
    "les membres à part entière.</li><li>Au moins trois sièges réservés au vécu, occupés par "
    "des membres à part entière.</li><li>Un secrétariat et une trésorerie.</li></ul>"
    "<h2>Réunions</h2><p>Au moins quatre fois par an. Les ordres du jour sont publiés une "
    "semaine à l'avance; les procès-verbaux une fois approuvés par le conseil.</p>"
)


def _person(email: str) -> User | None:
    return User.objects.filter(email__iexact=email).first()


def _board_terms() -> Document:
    document, _created = Document.objects.get_or_create(
        slug=BOARD_TERMS_SLUG,
        defaults={
            "kind": Document.Kind.TERMS_OF_REFERENCE,
            "title": "Terms of reference of the board",
            "title_fr": "Mandat du conseil d'administration",
        },
    )
    # The documents part may have made this document and its versions already: leave them be.
    if not document.versions.filter(status=DocumentVersion.Status.APPROVED).exists():
        number = (
            document.versions.order_by("-number").values_list("number", flat=True).first()
        ) or 0
        DocumentVersion.objects.create(
            document=document,
            number=number + 1,
            status=DocumentVersion.Status.APPROVED,
            body=BOARD_TERMS_BODY,
            body_fr=BOARD_TERMS_BODY_FR,
            change_summary="First terms of reference of the board.",
            effective_date=timezone.localdate() - timedelta(days=60),
            created_by=_person("governance@example.org"),
            approved_by=_person("governance@example.org"),
            approved_at=timezone.now() - timedelta(days=60),
            approval_note="Founding meeting of the board, motion 1",
        )
    return document


def _body(slug: str, **fields) -> Body:
    body, _created = Body.objects.update_or_create(slug=slug, defaults=fields)
    return body


def _seat(body: Body, order: int, holder_email: str | None, **fields) -> Seat:
    seat, _created = Seat.objects.update_or_create(body=body, order=order, defaults=fields)
    holder = _person(holder_email) if holder_email else None
    if seat.holder_id != (holder.pk if holder else None):
        seat_assign(seat=seat, holder=holder, actor=None)
    return seat


def _attend(meeting: Meeting, email: str, status: str, capacity: str = "seat") -> None:
    person = _person(email)
    if person is not None:
        Attendance.objects.update_or_create(
            meeting=meeting, person=person, defaults={"status": status, "capacity": capacity}
        )


@transaction.atomic
def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    today = timezone.localdate()
    term = {"term_start": today - timedelta(days=200), "term_end": today + timedelta(days=530)}
    board = _body(
        "board",
        kind=Body.Kind.BOARD,
        name="Board of directors",
        name_fr="Conseil d'administration",
        purpose="<p>Oversees the network on behalf of its members and keeps it peer-led.</p>",
        purpose_fr="<p>Supervise le réseau au nom de ses membres et le garde dirigé par les "
        "pairs.</p>",
        terms_of_reference=_board_terms(),
        visibility=BodyVisibility.PUBLIC,
        active=True,
        order=1,
    )
    chair = _seat(
        board, 1, "governance@example.org", role=Seat.Role.CHAIR, lived_experience=True, **term
    )
    vice = _seat(
        board,
        2,
        "full.member@example.org",
        role=Seat.Role.VICE_CHAIR,
        lived_experience=True,
        **term,
    )
    _seat(board, 3, "speaker@example.org", role=Seat.Role.MEMBER, lived_experience=True, **term)
    _seat(
        board,
        4,
        None,
        role=Seat.Role.MEMBER,
        lived_experience=True,
        term_start=None,
        term_end=None,
        note="Vacant: nominations open to full members.",
    )
    _seat(board, 5, "supporting.member@example.org", role=Seat.Role.SECRETARY, **term)
    _seat(board, 6, "treasurer@example.org", role=Seat.Role.TREASURER, **term)

    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    held_at = now - timedelta(days=30)
    held, _created = Meeting.objects.update_or_create(
        body=board,
        title="Board meeting: terms of reference and the advisory group",
        defaults={
            "title_fr": "Réunion du conseil : mandat et groupe consultatif",
            "starts_at": held_at,
            "ends_at": held_at + timedelta(hours=2),
            "place": "Toronto, community room (accessible entrance on the side street)",
            "online_note": "Video call link sent to members the day before.",
            "visibility": BodyVisibility.PUBLIC,
            "status": Meeting.Status.HELD,
            "agenda": "<ol><li>Welcome and land acknowledgement</li><li>Terms of reference "
            "of the board</li><li>An advisory group of members</li><li>Next meeting</li></ol>",
            "agenda_fr": "<ol><li>Accueil et reconnaissance territoriale</li><li>Mandat du "
            "conseil</li><li>Un groupe consultatif de membres</li><li>Prochaine réunion</li></ol>",
            "minutes": "<p>The chair opened the meeting. The board approved its terms of "
            "reference (motion 1) and created a members' advisory group (motion 2). The "
            "secretary will publish the call for advisory group members.</p>",
            "minutes_fr": "<p>La présidence ouvre la réunion. Le conseil approuve son mandat "
            "(motion 1) et crée un groupe consultatif de membres (motion 2).</p>",
            "minutes_approved_at": held_at + timedelta(days=14),
        },
    )
    _attend(held, "governance@example.org", Attendance.Status.PRESENT)
    _attend(held, "full.member@example.org", Attendance.Status.PRESENT)
    _attend(held, "speaker@example.org", Attendance.Status.REGRETS)
    _attend(held, "supporting.member@example.org", Attendance.Status.PRESENT)
    _attend(held, "treasurer@example.org", Attendance.Status.ABSENT)
    _attend(held, "coordinator@example.org", Attendance.Status.PRESENT, "guest")
    for number, motion, motion_fr, outcome, votes in (
        (
            1,
            "That the board approve its terms of reference as circulated.",
            "Que le conseil approuve son mandat tel que distribué.",
            Decision.Outcome.CARRIED,
            (4, 0, 0),
        ),
        (
            2,
            "That the board create an advisory group of members, open to full and supporting "
            "members, to advise on the network's priorities.",
            "Que le conseil crée un groupe consultatif de membres, ouvert aux membres à part "
            "entière et de soutien, pour conseiller le réseau sur ses priorités.",
            Decision.Outcome.CARRIED,
            (3, 0, 1),
        ),
    ):
        Decision.objects.update_or_create(
            meeting=held,
            number=number,
            defaults={
                "motion": motion,
                "motion_fr": motion_fr,
                "moved_by": chair if number == 1 else vice,
                "seconded_by": vice if number == 1 else chair,
                "outcome": outcome,
                "votes_for": votes[0],
                "votes_against": votes[1],
                "votes_abstain": votes[2],
            },
        )
    next_at = (now + timedelta(days=30)).replace(hour=18)
    Meeting.objects.update_or_create(
        body=board,
        title="Board meeting: consultation results",
        defaults={
            "title_fr": "Réunion du conseil : résultats de la consultation",
            "starts_at": next_at,
            "ends_at": next_at + timedelta(hours=2),
            "place": "Online",
            "online_note": "Video call link sent to members the day before.",
            "visibility": BodyVisibility.PUBLIC,
            "status": Meeting.Status.SCHEDULED,
            "agenda": "<ol><li>Results of the members' consultation</li><li>Honoraria "
            "guidelines</li></ol>",
            "agenda_fr": "<ol><li>Résultats de la consultation des membres</li><li>Lignes "
            "directrices sur les honoraires</li></ol>",
            "minutes": "",
            "minutes_fr": "",
            "minutes_approved_at": None,
        },
    )

    advisory = _body(
        "members-advisory-group",
        kind=Body.Kind.ADVISORY_GROUP,
        name="Members' advisory group",
        name_fr="Groupe consultatif des membres",
        purpose="<p>Members advise the board on the network's priorities.</p>",
        purpose_fr="<p>Des membres conseillent le conseil sur les priorités du réseau.</p>",
        visibility=BodyVisibility.MEMBERS,
        active=True,
        order=2,
    )
    _seat(
        advisory, 1, "full.member@example.org", role=Seat.Role.CHAIR, lived_experience=True, **term
    )
    _seat(advisory, 2, "supporting.member@example.org", role=Seat.Role.MEMBER, **term)

    panel = _body(
        "governance-expert-panel",
        kind=Body.Kind.EXPERT_PANEL,
        name="Governance expert panel",
        name_fr="Comité d'experts sur la gouvernance",
        purpose="<p>Advises on the network's governance tools: terms of reference, the peer "
        "roles matrix and guidelines for engaging lived-experience voices.</p>",
        purpose_fr="<p>Conseille sur les outils de gouvernance du réseau : mandat, matrice des "
        "rôles de pairs et lignes directrices pour la participation des personnes ayant un "
        "vécu.</p>",
        visibility=BodyVisibility.PUBLIC,
        active=True,
        order=3,
    )
    _seat(panel, 1, "speaker@example.org", role=Seat.Role.CHAIR, lived_experience=True, **term)
    _seat(
        panel, 2, None, role=Seat.Role.MEMBER, lived_experience=True, term_start=None, term_end=None
    )
