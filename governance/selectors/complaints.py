"""Governance selectors: the complaints part."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Case, CaseEvent
from ..services.complaints import (
    ACKNOWLEDGE,
    RESPOND,
    TORONTO,
    token_hash,
    token_matches,
)

# What `secrets.token_urlsafe(32)` gives: 43 URL-safe characters. Anything else is not a token.
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")

# Counts under this are shown as "fewer than 5", so no one is identifiable from the report.
SMALL_COUNT = 5
REPORT_MONTHS = 12


def case_for_token(token: str) -> Case | None:
    """The case whose tracking link carries `token`, or None (a guessed or altered link)."""
    if not _TOKEN.match(token):
        return None
    case = Case.objects.filter(token_hash=token_hash(token)).first()
    if case is None or not token_matches(case, token):
        return None
    return case


def public_events(case: Case) -> list[CaseEvent]:
    """The steps the person sees on their tracking page: never an internal note."""
    return list(case.events.filter(is_public=True).order_by("at", "pk"))


def overdue_q(now: datetime | None = None) -> dict[str, Q]:
    now = now or timezone.now()
    return {
        ACKNOWLEDGE: Q(status=Case.Status.RECEIVED, acknowledge_by__lt=now),
        RESPOND: Q(status__in=Case.OPEN_STATUSES, respond_by__lt=now),
    }


def cases_to_escalate(now: datetime | None = None) -> list[tuple[int, str]]:
    """(case id, deadline) for each missed deadline not yet escalated, oldest first."""
    overdue = overdue_q(now)
    late_acknowledgements = Case.objects.filter(
        overdue[ACKNOWLEDGE], acknowledge_escalated_at__isnull=True
    ).values_list("pk", flat=True)
    late_responses = Case.objects.filter(
        overdue[RESPOND], respond_escalated_at__isnull=True
    ).values_list("pk", flat=True)
    return [(pk, ACKNOWLEDGE) for pk in late_acknowledgements] + [
        (pk, RESPOND) for pk in late_responses
    ]


def cases_of_person(person) -> QuerySet[Case]:
    return Case.objects.filter(person=person).order_by("received_at")


# --- The monthly report -------------------------------------------------------------------------


@dataclass(frozen=True)
class MaskedCount:
    value: int

    @property
    def is_small(self) -> bool:
        return 0 < self.value < SMALL_COUNT

    def __str__(self) -> str:
        return str(_("fewer than 5")) if self.is_small else str(self.value)


@dataclass(frozen=True)
class Report:
    months: list[date]
    categories: list[tuple[str, str]]
    by_month: list[tuple[date, list[MaskedCount]]]  # a row per month, a count per category
    by_status: list[tuple[str, MaskedCount]]
    since: date


def _month_starts(today: date, count: int) -> list[date]:
    months, year, month = [], today.year, today.month
    for _i in range(count):
        months.append(date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


def case_report(today: date | None = None) -> Report:
    """Counts of cases received in the last 12 months, by month and category, and by status:
    two queries whatever the number of cases. No names, no text."""
    today = today or timezone.localdate(timezone=TORONTO)
    months = _month_starts(today, REPORT_MONTHS)  # newest first
    since = months[-1]
    received = Case.objects.filter(received_at__date__gte=since)
    cells = {
        (row["month"].date(), row["category"]): row["n"]
        for row in received.annotate(month=TruncMonth("received_at", tzinfo=TORONTO))
        .values("month", "category")
        .annotate(n=Count("pk"))
        .order_by()
    }
    by_status = dict(received.values_list("status").annotate(n=Count("pk")).order_by())
    categories = list(Case.Category.choices)
    return Report(
        months=months,
        categories=categories,
        by_month=[
            (month, [MaskedCount(cells.get((month, key), 0)) for key, _label in categories])
            for month in months
        ],
        by_status=[
            (label, MaskedCount(by_status.get(key, 0))) for key, label in Case.Status.choices
        ],
        since=since,
    )


def complaint_records_of(person) -> list[dict]:
    """The cases attached to `person`'s account, for "My data" (members.personal_data)."""
    return [
        {
            "reference": case.reference,
            "type": case.get_kind_display(),
            "category": case.get_category_display(),
            "status": case.get_status_display(),
            "received_at": case.received_at,
            "what_happened": case.what_happened,
            "outcome_hoped": case.outcome_hoped,
            "name": case.name,
            "email": case.email,
            "phone": case.phone,
            "preferred_contact": case.get_preferred_contact_display(),
            "response": case.response,
        }
        for case in cases_of_person(person)
    ]
