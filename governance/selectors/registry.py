"""Governance selectors: the registry part (peer roles, partners, LHIN engagement)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, IntegerField, Max, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from members.engagement import sees_every_lhin
from network.models import LHIN
from network.selectors import lhins_coordinated_by
from training.models import Competency

from ..models import Partner, PeerRole

CORE_FRAMEWORK = "core"

# --- Peer roles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixRow:
    role: PeerRole
    cells: tuple[tuple[Competency, bool], ...]  # every core competency, and whether it relates


def core_competencies() -> QuerySet[Competency]:
    return Competency.objects.filter(framework__slug=CORE_FRAMEWORK).order_by("number")


def peer_roles() -> QuerySet[PeerRole]:
    return PeerRole.objects.prefetch_related("competencies")


def peer_roles_matrix() -> tuple[list[Competency], list[MatrixRow]]:
    """The core competencies (the columns) and a row per role marking those it draws on."""
    competencies = list(core_competencies())
    rows = []
    for role in peer_roles():
        related = {c.pk for c in role.competencies.all()}
        rows.append(MatrixRow(role, tuple((c, c.pk in related) for c in competencies)))
    return competencies, rows


# --- Partners ----------------------------------------------------------------------------------


def partners_active(
    *, kind: str | None = None, lhin: LHIN | None = None, today: date | None = None
) -> QuerySet[Partner]:
    """Partners whose status is active and whose agreement has not ended.

    With an LHIN: the partners working in it, and those working across the province (no LHIN),
    who work in it too.
    """
    today = today or timezone.localdate()
    partners = Partner.objects.filter(status=Partner.Status.ACTIVE).filter(
        Q(agreement_end__isnull=True) | Q(agreement_end__gte=today)
    )
    if kind:
        partners = partners.filter(kind=kind)
    if lhin is not None:
        links = Partner.lhins.through.objects
        partners = partners.filter(
            Q(pk__in=links.filter(lhin=lhin).values("partner_id"))
            | ~Q(pk__in=links.values("partner_id"))
        )
    return partners.prefetch_related("lhins").order_by("name")


# --- LHIN engagement ---------------------------------------------------------------------------


def lhins_managed_by(user) -> QuerySet[LHIN]:
    """The LHINs whose engagement strategy and log `user` keeps: every LHIN for the network
    administrator, a coordinator's own LHINs otherwise (the rule of members.admin)."""
    if sees_every_lhin(user):
        return LHIN.objects.all()
    return lhins_coordinated_by(user)


@dataclass(frozen=True)
class LHINActivity:
    strategy_id: int | None
    activities: int
    people_reached: int
    last_activity: date | None


NO_ACTIVITY = LHINActivity(None, 0, 0, None)


def engagement_activity_by_lhin(*, lhin_ids: list[int], year: int) -> dict[int, LHINActivity]:
    """Per LHIN, in one query: its strategy (if any), the activities and people reached in
    `year`, and the date of its last activity up to the end of `year`."""
    in_year = Q(engagement_activities__date__year=year)
    rows = (
        LHIN.objects.filter(pk__in=lhin_ids)
        .order_by()
        .values("pk", "engagement_strategy__pk")
        .annotate(
            activities=Count("engagement_activities", filter=in_year),
            reached=Coalesce(
                Sum("engagement_activities__people_reached", filter=in_year),
                Value(0),
                output_field=IntegerField(),
            ),
            last=Max(
                "engagement_activities__date",
                filter=Q(engagement_activities__date__lte=date(year, 12, 31)),
            ),
        )
    )
    return {
        row["pk"]: LHINActivity(
            strategy_id=row["engagement_strategy__pk"],
            activities=row["activities"],
            people_reached=row["reached"],
            last_activity=row["last"],
        )
        for row in rows
    }
