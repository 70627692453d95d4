"""Training selectors: the coverage part.

Per core competency and LHIN: the upcoming scheduled sessions of published courses that build
it, their seats and the seats taken, so gaps (no session at all) stand out. Sessions without
an LHIN are online or open to the whole province and get a column of their own. Everything is
counted by the database in two grouped queries, whatever the number of sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from network import roles
from network.models import LHIN
from network.selectors import lhins_coordinated_by

from ..models import Competency, Registration, Session
from ..reference import CORE_FRAMEWORK

PROVINCE_WIDE = None  # the column key of sessions without an LHIN


@dataclass
class Cell:
    sessions: int = 0
    seats: int = 0
    registrations: int = 0
    waitlisted: int = 0  # demand beyond the seats

    @property
    def is_gap(self) -> bool:
        return self.sessions == 0


@dataclass
class CoverageRow:
    competency: Competency
    cells: list[Cell] = field(default_factory=list)


@dataclass
class Coverage:
    lhins: list[LHIN]  # the columns, the province-wide one last
    rows: list[CoverageRow]
    as_of: datetime
    whole_province: bool

    @property
    def gap_count(self) -> int:
        return sum(cell.is_gap for row in self.rows for cell in row.cells)


def sees_every_lhin(user) -> bool:
    return user.is_superuser or any(
        roles.has_role(user, role) for role in (roles.CONTENT_EDITOR, roles.NETWORK_ADMINISTRATOR)
    )


def lhins_for_coverage(user) -> list[LHIN]:
    """Content editors and network administrators see every LHIN; a coordinator sees theirs."""
    if sees_every_lhin(user):
        return list(LHIN.objects.order_by("number"))
    return list(lhins_coordinated_by(user).order_by("number"))


def coverage_report(user, *, now: datetime | None = None) -> Coverage:
    now = now or timezone.now()
    lhins = lhins_for_coverage(user)
    columns: list[int | None] = [lhin.pk for lhin in lhins] + [PROVINCE_WIDE]
    competencies = list(
        Competency.objects.filter(framework__slug=CORE_FRAMEWORK["slug"]).order_by("number")
    )
    upcoming = Session.objects.filter(
        status=Session.Status.SCHEDULED, starts_at__gt=now, course__is_published=True
    )
    cells: dict[tuple[int, int | None], Cell] = {}
    # One row per (session, competency it builds): each session counts once per competency.
    grouped = (
        upcoming.values(
            competency_key=F("course__course_competencies__competency"), lhin_key=F("lhin")
        )
        .annotate(sessions=Count("pk", distinct=True), seats=Sum("capacity"))
        .order_by()
    )
    for row in grouped:
        cells[(row["competency_key"], row["lhin_key"])] = Cell(
            sessions=row["sessions"], seats=row["seats"] or 0
        )
    taken = (
        Registration.objects.filter(status__in=Registration.LIVE, session__in=upcoming.values("pk"))
        .values(
            competency_key=F("session__course__course_competencies__competency"),
            lhin_key=F("session__lhin"),
        )
        .annotate(
            taken=Count("pk", filter=Q(status=Registration.Status.REGISTERED)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITLISTED)),
        )
        .order_by()
    )
    for row in taken:
        cell = cells.setdefault((row["competency_key"], row["lhin_key"]), Cell())
        cell.registrations, cell.waitlisted = row["taken"], row["waiting"]
    rows = [
        CoverageRow(
            competency=competency,
            cells=[cells.get((competency.pk, column), Cell()) for column in columns],
        )
        for competency in competencies
    ]
    return Coverage(lhins=lhins, rows=rows, as_of=now, whole_province=sees_every_lhin(user))
