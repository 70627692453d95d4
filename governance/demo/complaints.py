"""Governance demo data: the complaints part. Cases in every status, one of them overdue and
anonymous. Each demo case has a known tracking link (`demo_token`), so it can be opened."""

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from members.models import User

from ..models import Case, CaseEvent
from ..services.complaints import case_deadlines, token_hash

S = Case.Status


@dataclass(frozen=True)
class DemoCase:
    reference: str
    days_ago: int
    status: str
    kind: str
    category: str
    what_happened: str
    outcome_hoped: str = ""
    name: str = ""
    email: str = ""
    response: str = ""
    notes: tuple[tuple[str, bool], ...] = field(default=())  # (text, shown to the person)


CASES = (
    DemoCase(
        "C-2026-0901",
        1,
        S.RECEIVED,
        Case.Kind.COMPLAINT,
        Case.Category.ACCESSIBILITY,
        "The training room at the last regional session had no step-free entrance.",
        "That sessions are held in step-free rooms.",
        name="Alex",
        email="alex@example.net",
    ),
    DemoCase(
        "C-2026-0902",
        4,
        S.ACKNOWLEDGED,
        Case.Kind.FEEDBACK,
        Case.Category.WEBSITE,
        "The events list is hard to read on my phone.",
        "A simpler list.",
        email="reader@example.net",
    ),
    DemoCase(
        "C-2026-0903",
        12,
        S.UNDER_REVIEW,
        Case.Kind.COMPLAINT,
        Case.Category.CONDUCT,
        "A volunteer at an outreach table spoke about people who use drugs in a stigmatizing way.",
        "An apology, and training for volunteers on person-first language.",
        name="Jordan",
        email="jordan@example.net",
        notes=(
            ("Spoke with the volunteer's coordinator; meeting set for next week.", False),
            ("We are talking with the people involved and will write again soon.", True),
        ),
    ),
    DemoCase(
        "C-2026-0904",
        20,
        S.RESOLVED,
        Case.Kind.COMPLAINT,
        Case.Category.TRAINING,
        "My certificate for the peer support core training never arrived.",
        "My certificate.",
        name="Sam",
        email="sam.t@example.net",
        response="Thank you for telling us. Your certificate is now in your account, and we "
        "have fixed the step that failed to send it.",
    ),
    DemoCase(
        "C-2026-0905",
        45,
        S.CLOSED,
        Case.Kind.COMPLIMENT,
        Case.Category.SPEAKERS,
        "The speaker at our school assembly was wonderful; the students are still talking.",
        response="Thank you! We have passed your words on to the speaker.",
    ),
    # Anonymous, and past its acknowledgement deadline: the escalation task picks it up.
    DemoCase(
        "C-2026-0906",
        9,
        S.RECEIVED,
        Case.Kind.COMPLAINT,
        Case.Category.PRIVACY,
        "A member shared a screenshot from the members' forum on social media.",
        "That it is taken down.",
    ),
)

# The steps each status went through, in order.
PATH = (S.RECEIVED, S.ACKNOWLEDGED, S.UNDER_REVIEW, S.RESOLVED, S.CLOSED)


def demo_token(reference: str) -> str:
    """The demo case's tracking token: known, so the demo can open its page (43 characters,
    like a real one)."""
    digest = hashlib.sha256(f"demo-case-{reference}".encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


@transaction.atomic
def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    officer = User.objects.filter(email="complaints@example.org").first()
    now = timezone.now()
    for demo in CASES:
        received_at = now - timedelta(days=demo.days_ago, hours=2)
        deadlines = case_deadlines(received_at)
        steps = PATH[: PATH.index(demo.status) + 1]
        at = {status: received_at + timedelta(days=index) for index, status in enumerate(steps)}
        case, _created = Case.objects.update_or_create(
            reference=demo.reference,
            defaults={
                "kind": demo.kind,
                "category": demo.category,
                "what_happened": demo.what_happened,
                "outcome_hoped": demo.outcome_hoped,
                "name": demo.name,
                "email": demo.email,
                "preferred_contact": Case.ContactWay.EMAIL if demo.email else "",
                "status": demo.status,
                "received_at": received_at,
                "acknowledge_by": deadlines.acknowledge_by,
                "respond_by": deadlines.respond_by,
                "acknowledged_at": at.get(S.ACKNOWLEDGED),
                "resolved_at": at.get(S.RESOLVED),
                "closed_at": at.get(S.CLOSED),
                "response": demo.response,
                "token_hash": token_hash(demo_token(demo.reference)),
                # The overdue case stays un-escalated, so the beat task has work to show.
                "acknowledge_escalated_at": None,
                "respond_escalated_at": None,
            },
        )
        case.events.all().delete()
        previous = ""
        for status in steps:
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.STATUS,
                from_status=previous,
                to_status=status,
                actor=officer if status != S.RECEIVED else None,
                at=at[status],
                is_public=True,
            )
            previous = status
        for text, public in demo.notes:
            CaseEvent.objects.create(
                case=case,
                kind=CaseEvent.Kind.NOTE,
                actor=officer,
                at=at[demo.status] + timedelta(hours=1),
                note=text,
                is_public=public,
            )
