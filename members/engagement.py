"""Reads for the LHIN engagement dashboard: counts per LHIN, by region and for the province.

Counts only: nothing here returns a name, an email or a membership row. The dashboard explains
the figures in the same words as below (its "How these figures are counted" section).

- **Active at an instant T**: a membership that had started (`joined_at <= T`), had not yet
  expired (`expires_at > T`) and had not been ended early. Memberships lapse only at expiry
  (`members.services.membership_lapse`), so a membership lapsed today still counts as active at
  an earlier instant before it expired: last year's figures do not drop when members lapse this
  year. For the current year T is now, which is exactly "status active and expiry in the
  future"; for a past year T is the last moment of 31 December, America/Toronto.
- **Full / supporting members**: the active members of each type; **total active** is their
  sum, and what the target is compared with.
- **Target**: the LHIN's `LHINTarget` for the year, else `LHINTarget.DEFAULT` (five, the
  governance panel's minimum). **Gap**: `max(target - active, 0)`; **met**: `active >= target`.
- **Pending applications**: applications waiting for a coordinator now (submitted, or more
  information requested), whatever the year shown: the past state of an application is not kept.
- **New this quarter**: memberships that joined in the current calendar quarter, taken in the
  selected year (in November, October to December of that year), America/Toronto.
- **Trend**: active members at the last moment of each month of the year; in the current year,
  up to this month, whose point is now.
- **Regions and the province** add up the LHINs the viewer may see, and only those. Their gap
  is the sum of their LHINs' gaps (a surplus in one LHIN does not make up for another), and
  they meet their target when every LHIN in them does.

Known limits of the records: counts follow a membership's current LHIN and type (a move between
LHINs is not dated), and a membership renewed after a lapse counts as active across the gap.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from network import roles
from network.models import LHIN, OntarioHealthRegion
from network.selectors import lhins_coordinated_by

from .models import LHINTarget, Membership, MembershipApplication, MembershipType

ONTARIO = ZoneInfo("America/Toronto")
# The first year the dashboard offers: the provincial exchange that started the network.
FIRST_YEAR = 2014
MICROSECOND = timedelta(microseconds=1)


# --- Who sees what ------------------------------------------------------------------------------


def sees_every_lhin(user) -> bool:
    """The network administrator (the role) and superusers see the whole province."""
    return user.is_superuser or roles.has_role(user, roles.NETWORK_ADMINISTRATOR)


def lhins_visible_to(user) -> QuerySet[LHIN]:
    """Every LHIN for those who see the province; a coordinator's own LHINs otherwise."""
    if sees_every_lhin(user):
        return LHIN.objects.all()
    return LHIN.objects.filter(pk__in=lhins_coordinated_by(user).values("pk"))


# --- The period --------------------------------------------------------------------------------


def current_year(now: datetime | None = None) -> int:
    return timezone.localtime(now or timezone.now(), ONTARIO).year


def years_offered(now: datetime | None = None) -> range:
    """The years the dashboard answers for, the latest first."""
    return range(current_year(now), FIRST_YEAR - 1, -1)


def _start_of_month(year: int, month: int) -> datetime:
    if month > 12:
        year, month = year + 1, month - 12
    return datetime(year, month, 1, tzinfo=ONTARIO)


@dataclass(frozen=True)
class Period:
    """The instants a year's figures are counted at."""

    year: int
    is_current: bool
    as_of: datetime  # when "active" is counted: now, or the year's last moment
    quarter: int  # 1 to 4: the current calendar quarter
    quarter_start: datetime
    quarter_end: datetime  # exclusive
    month_ends: tuple[datetime, ...]  # one per month begun; in the current year the last is now

    @classmethod
    def of(cls, year: int, now: datetime | None = None) -> Period:
        now = now or timezone.now()
        today = timezone.localtime(now, ONTARIO)
        if not FIRST_YEAR <= year <= today.year:
            raise ValueError(f"No engagement figures for {year}.")
        is_current = year == today.year
        quarter = (today.month - 1) // 3 + 1
        first_month = 3 * (quarter - 1) + 1
        last_month = today.month if is_current else 12
        month_ends = tuple(
            min(_start_of_month(year, month + 1) - MICROSECOND, now)
            for month in range(1, last_month + 1)
        )
        return cls(
            year=year,
            is_current=is_current,
            as_of=now if is_current else _start_of_month(year + 1, 1) - MICROSECOND,
            quarter=quarter,
            quarter_start=_start_of_month(year, first_month),
            quarter_end=_start_of_month(year, first_month + 3),
            month_ends=month_ends,
        )


def active_at(instant: datetime, *, now: datetime, prefix: str = "") -> Q:
    """Memberships active at `instant` (see the module docstring); `prefix` reaches them from
    another model, e.g. "memberships__" from LHIN."""
    return Q(**{f"{prefix}joined_at__lte": instant, f"{prefix}expires_at__gt": instant}) & (
        Q(**{f"{prefix}status": Membership.Status.ACTIVE})
        # Lapsed at expiry, so active until then; one lapsed before expiring never counts.
        | Q(**{f"{prefix}expires_at__lte": now})
    )


# --- The figures -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    target: int
    full: int
    supporting: int
    pending: int
    new_this_quarter: int
    gap: int
    met: bool
    lhins: int = 1
    lhins_met: int = 0

    @property
    def active(self) -> int:
        return self.full + self.supporting

    @classmethod
    def of_lhin(
        cls, *, target: int, full: int, supporting: int, pending: int, new_this_quarter: int
    ) -> Figures:
        active = full + supporting
        met = active >= target
        return cls(
            target=target,
            full=full,
            supporting=supporting,
            pending=pending,
            new_this_quarter=new_this_quarter,
            gap=max(target - active, 0),
            met=met,
            lhins=1,
            lhins_met=int(met),
        )

    @classmethod
    def sum(cls, parts: list[Figures]) -> Figures:
        """Sums; the gap is the sum of the parts' gaps, and it is met when every part is."""
        return cls(
            target=sum(p.target for p in parts),
            full=sum(p.full for p in parts),
            supporting=sum(p.supporting for p in parts),
            pending=sum(p.pending for p in parts),
            new_this_quarter=sum(p.new_this_quarter for p in parts),
            gap=sum(p.gap for p in parts),
            met=bool(parts) and all(p.met for p in parts),
            lhins=sum(p.lhins for p in parts),
            lhins_met=sum(p.lhins_met for p in parts),
        )


@dataclass(frozen=True)
class LHINEngagement:
    lhin: LHIN
    figures: Figures
    trend: tuple[int, ...]  # active members at each of the period's month ends


@dataclass(frozen=True)
class RegionEngagement:
    region: str  # an OntarioHealthRegion value
    label: str
    lhins: tuple[LHINEngagement, ...]
    figures: Figures
    trend: tuple[int, ...]

    @property
    def lhin_numbers(self) -> str:
        return ", ".join(str(row.lhin.number) for row in self.lhins)


@dataclass(frozen=True)
class Engagement:
    period: Period
    whole_province: bool  # False: a coordinator's LHINs only, and every total is theirs only
    lhins: tuple[LHINEngagement, ...]
    regions: tuple[RegionEngagement, ...]
    total: Figures
    total_trend: tuple[int, ...]


def _sum_trends(rows) -> tuple[int, ...]:
    return tuple(sum(values) for values in zip(*(row.trend for row in rows), strict=True))


def _annotated(lhins: QuerySet[LHIN], period: Period, now: datetime) -> QuerySet[LHIN]:
    """Every figure of every LHIN in one query: one row per LHIN, its memberships counted."""
    m = "memberships__"
    active = active_at(period.as_of, now=now, prefix=m)
    target = (
        LHINTarget.objects.filter(lhin=OuterRef("pk"), year=period.year)
        .order_by()
        .values("target")[:1]
    )
    pending = (
        MembershipApplication.objects.filter(
            lhin=OuterRef("pk"), status__in=MembershipApplication.REVIEWABLE_STATUSES
        )
        .order_by()
        .values("lhin")
        .annotate(count=Count("pk"))
        .values("count")
    )
    monthly = {
        f"month_{index}": Count("memberships", filter=active_at(end, now=now, prefix=m))
        for index, end in enumerate(period.month_ends)
    }
    return lhins.order_by("number").annotate(
        target_value=Coalesce(
            Subquery(target, output_field=IntegerField()), Value(LHINTarget.DEFAULT)
        ),
        pending_count=Coalesce(Subquery(pending, output_field=IntegerField()), Value(0)),
        full_count=Count(
            "memberships", filter=active & Q(memberships__membership_type=MembershipType.FULL)
        ),
        supporting_count=Count(
            "memberships",
            filter=active & Q(memberships__membership_type=MembershipType.SUPPORTING),
        ),
        new_count=Count(
            "memberships",
            filter=Q(
                memberships__joined_at__gte=period.quarter_start,
                memberships__joined_at__lt=period.quarter_end,
            ),
        ),
        **monthly,
    )


def lhin_engagement(*, user, year: int, now: datetime | None = None) -> Engagement:
    """The dashboard's figures for `year`, over the LHINs `user` may see (one query).

    Raises ValueError for a year outside `years_offered()`.
    """
    now = now or timezone.now()
    period = Period.of(year, now)
    rows = tuple(
        LHINEngagement(
            lhin=lhin,
            figures=Figures.of_lhin(
                target=lhin.target_value,
                full=lhin.full_count,
                supporting=lhin.supporting_count,
                pending=lhin.pending_count,
                new_this_quarter=lhin.new_count,
            ),
            trend=tuple(getattr(lhin, f"month_{i}") for i in range(len(period.month_ends))),
        )
        for lhin in _annotated(lhins_visible_to(user), period, now)
    )
    regions = []
    for region in OntarioHealthRegion:
        in_region = tuple(row for row in rows if row.lhin.ontario_health_region == region.value)
        if in_region:
            regions.append(
                RegionEngagement(
                    region=region.value,
                    label=str(region.label),
                    lhins=in_region,
                    figures=Figures.sum([row.figures for row in in_region]),
                    trend=_sum_trends(in_region),
                )
            )
    return Engagement(
        period=period,
        whole_province=sees_every_lhin(user),
        lhins=rows,
        regions=tuple(regions),
        total=Figures.sum([row.figures for row in rows]),
        total_trend=_sum_trends(rows) if rows else (0,) * len(period.month_ends),
    )
