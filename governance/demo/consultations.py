"""Governance demo data: the consultations part.

An open consultation on a draft version 2 of the code of conduct (the documents part seeds the
document and its approved version 1 before this runs), with comments and votes by demo members,
and a closed consultation on a proposal with published results. Demo members' votes are
written directly: the demo is a picture of a running consultation, not a test of the rules.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from members.models import User

from ..models import (
    Consultation,
    ConsultationComment,
    ConsultationVote,
    Document,
    DocumentVersion,
)

CODE_OF_CONDUCT = "code-of-conduct"
OPEN_TITLE = "Code of conduct, version 2: have your say"
CLOSED_TITLE = "Honoraria for members who speak at public events"

# What version 2 adds to version 1, whatever version 1 says (the documents part writes it).
ADDITION = (
    "<p><strong>New:</strong> everything the network publishes uses person-first, "
    "non-stigmatizing language about substance use.</p>"
)
ADDITION_FR = (
    "<p><strong>Nouveau :</strong> tout ce que le réseau publie utilise un langage non "
    "stigmatisant, centré sur la personne, au sujet de la consommation de substances.</p>"
)
V1_BODY = (
    "<h2>Our code of conduct</h2>"
    "<p>Members treat one another with respect, dignity and kindness, online and in person.</p>"
    "<p>We keep what others share in confidence, unless someone is at risk of serious harm.</p>"
    "<p>We speak from our own experience and do not give medical or legal advice.</p>"
)

OPEN_COMMENTS = (
    ("governance@example.org", "Thank you all for reading the draft. Every comment is read."),
    (
        "speaker@example.org",
        "The new line on language matters. Words like “addict” keep people away from help.",
    ),
    (
        "supporting.member@example.org",
        "As a family member I support this. Could we add an example list of words to use?",
    ),
)
OPEN_VOTES = (
    ("speaker@example.org", ConsultationVote.Choice.SUPPORT),
    ("moderator@example.org", ConsultationVote.Choice.SUPPORT),
    ("governance@example.org", ConsultationVote.Choice.ABSTAIN),
)
CLOSED_COMMENTS = (
    ("full.member@example.org", "Paying speakers says their experience has value. Yes."),
    (
        "moderator@example.org",
        "Please make sure people on social assistance can decline or defer the payment.",
    ),
)
CLOSED_VOTES = (
    ("full.member@example.org", ConsultationVote.Choice.SUPPORT),
    ("speaker@example.org", ConsultationVote.Choice.SUPPORT),
    ("moderator@example.org", ConsultationVote.Choice.SUPPORT),
    ("governance@example.org", ConsultationVote.Choice.OPPOSE),
)


def _people() -> dict[str, User]:
    emails = {email for email, _ in (*OPEN_COMMENTS, *OPEN_VOTES, *CLOSED_COMMENTS, *CLOSED_VOTES)}
    return {user.email: user for user in User.objects.filter(email__in=emails)}


def _draft_of_code_of_conduct() -> DocumentVersion:
    document, _ = Document.objects.get_or_create(
        slug=CODE_OF_CONDUCT,
        defaults={
            "kind": Document.Kind.CODE_OF_CONDUCT,
            "title": "Code of conduct",
            "title_fr": "Code de conduite",
        },
    )
    current = document.versions.filter(status=DocumentVersion.Status.APPROVED).first()
    if current is None:
        # Only when the documents part's seed has not run (it owns version 1).
        current, _ = DocumentVersion.objects.get_or_create(
            document=document,
            number=1,
            defaults={
                "status": DocumentVersion.Status.APPROVED,
                "body": V1_BODY,
                "approved_at": timezone.now() - timedelta(days=365),
                "effective_date": (timezone.now() - timedelta(days=365)).date(),
            },
        )
    draft, _ = DocumentVersion.objects.get_or_create(
        document=document,
        number=2,
        defaults={
            "status": DocumentVersion.Status.DRAFT,
            "body": current.body + ADDITION,
            "body_fr": (current.body_fr + ADDITION_FR) if current.body_fr else "",
            "change_summary": "Adds person-first, non-stigmatizing language to what we publish.",
        },
    )
    return draft


def _comments_and_votes(consultation: Consultation, comments, votes, people, *, start) -> None:
    for minutes, (email, body) in enumerate(comments):
        if email in people:
            ConsultationComment.objects.get_or_create(
                consultation=consultation,
                author=people[email],
                body=body,
                defaults={"created_at": start + timedelta(hours=2, minutes=minutes * 37)},
            )
    for email, choice in votes:
        if email in people:
            ConsultationVote.objects.update_or_create(
                consultation=consultation, voter=people[email], defaults={"choice": choice}
            )


@transaction.atomic
def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    now = timezone.now()
    people = _people()
    chair = people.get("governance@example.org")

    draft = _draft_of_code_of_conduct()
    other_out = DocumentVersion.objects.filter(
        document_id=draft.document_id, status=DocumentVersion.Status.CONSULTATION
    ).exclude(pk=draft.pk)
    if not other_out.exists():
        # The service's conditional move: only a draft goes out to consultation.
        DocumentVersion.objects.filter(pk=draft.pk, status=DocumentVersion.Status.DRAFT).update(
            status=DocumentVersion.Status.CONSULTATION
        )
    opens_at = now - timedelta(days=3)
    open_consultation, _ = Consultation.objects.update_or_create(
        title=OPEN_TITLE,
        defaults={
            "title_fr": "Code de conduite, version 2 : donnez votre avis",
            "summary": "<p>The board proposes one addition to the code of conduct: "
            "person-first, non-stigmatizing language. Read the draft, comment, and, if you are "
            "a full member, vote.</p>",
            "summary_fr": "<p>Le conseil propose un ajout au code de conduite : un langage non "
            "stigmatisant, centré sur la personne. Lisez l'ébauche, commentez et, si vous êtes "
            "membre à part entière, votez.</p>",
            "document_version": draft,
            "proposal": "",
            "opens_at": opens_at,
            "closes_at": now + timedelta(days=18),
            "created_by": chair,
            "announced_at": opens_at,  # the demo's members are not emailed
        },
    )
    _comments_and_votes(open_consultation, OPEN_COMMENTS, OPEN_VOTES, people, start=opens_at)

    closed_opens = now - timedelta(days=60)
    closed, _ = Consultation.objects.update_or_create(
        title=CLOSED_TITLE,
        defaults={
            "title_fr": "Honoraires des membres qui prennent la parole en public",
            "summary": "<p>Should the network pay an honorarium to members who speak at "
            "public events on its behalf?</p>",
            "summary_fr": "<p>Le réseau devrait-il verser des honoraires aux membres qui "
            "prennent la parole en public en son nom?</p>",
            "document_version": None,
            "proposal": "<p>Members who speak at a public event for the network are offered "
            "an honorarium of $100 for up to three hours, which they may decline.</p>",
            "proposal_fr": "<p>Les membres qui prennent la parole lors d'un événement public "
            "pour le réseau se voient offrir des honoraires de 100 $ pour un maximum de trois "
            "heures, qu'ils peuvent refuser.</p>",
            "opens_at": closed_opens,
            "closes_at": closed_opens + timedelta(days=21),
            "created_by": chair,
            "announced_at": closed_opens,
            "results_summary": "<p>Three in four voting members supported the proposal. "
            "Members asked that people on social assistance may decline or defer the "
            "payment; the honoraria guidelines now say so.</p>",
            "results_summary_fr": "<p>Trois membres votants sur quatre ont appuyé la "
            "proposition. Les membres ont demandé que les personnes qui reçoivent de l'aide "
            "sociale puissent refuser ou reporter le paiement; les lignes directrices le "
            "précisent maintenant.</p>",
            "results_published_at": closed_opens + timedelta(days=28),
            "results_published_by": chair,
        },
    )
    _comments_and_votes(closed, CLOSED_COMMENTS, CLOSED_VOTES, people, start=closed_opens)
