"""The LHIN engagement targets in the admin, and the dashboard that measures LHINs against them.

The dashboard shows counts only, never a name. Its figures come from `members.engagement`; this
module draws them: the charts are laid out here, in Python, and drawn by the template as inline
SVG (no script), each with the same numbers in a table beside it.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.dates import MONTHS, MONTHS_3
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from governance.selectors.registry import NO_ACTIVITY, engagement_activity_by_lhin
from network.services import audit_record

from . import engagement
from .models import LHINTarget

# --- Targets ------------------------------------------------------------------------------------


class LHINTargetForm(forms.ModelForm):
    class Meta:
        model = LHINTarget
        fields = ["lhin", "year", "target"]

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        last = engagement.current_year() + 5
        if not engagement.FIRST_YEAR <= year <= last:
            raise forms.ValidationError(
                _("Choose a year from %(first)s to %(last)s.")
                % {"first": engagement.FIRST_YEAR, "last": last}
            )
        return year


class LHINTargetListForm(forms.ModelForm):
    """The target editable in the list, labelled with its LHIN and year for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            return  # the formset's empty form, never shown
        self.fields["target"].widget.attrs["aria-label"] = _("Target of %(lhin)s in %(year)s") % {
            "lhin": self.instance.lhin.display_name,
            "year": self.instance.year,
        }


@admin.register(LHINTarget)
class LHINTargetAdmin(admin.ModelAdmin):
    """Targets per LHIN and year, set by the network administrator; coordinators read their own.

    A year without a row counts with the default target (LHINTarget.DEFAULT, five). The
    engagement dashboard hangs off this admin's URLs.
    """

    form = LHINTargetForm
    change_list_template = "admin/members/lhintarget/change_list.html"
    list_display = ["lhin", "ontario_health_region", "year", "target"]
    list_editable = ["target"]
    list_filter = [
        "year",
        "lhin__ontario_health_region",
        ("lhin", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["lhin"]
    ordering = ["-year", "lhin__number"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(lhin__in=engagement.lhins_visible_to(request.user))
            .select_related("lhin")
        )

    def history_view(self, request, object_id, extra_context=None):
        # Django looks the object up first, which would answer staff without the permission
        # with a redirect ("does not exist") rather than 403 like the model's other pages.
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def get_changelist_form(self, request, **kwargs):
        kwargs.setdefault("form", LHINTargetListForm)
        return super().get_changelist_form(request, **kwargs)

    @admin.display(description=_("Ontario Health region"), ordering="lhin__ontario_health_region")
    def ontario_health_region(self, target: LHINTarget) -> str:
        return target.lhin.get_ontario_health_region_display()

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action="lhin_target.change" if change else "lhin_target.add",
            target=obj,
            lhin=obj.lhin.number,
            year=obj.year,
            target_value=obj.target,
        )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            # Before the model's own URLs, whose "<path:object_id>/" would take these.
            path(
                "dashboard/",
                view(self.dashboard_view),
                name="members_lhintarget_dashboard",
            ),
            path(
                "dashboard.csv",
                view(self.dashboard_csv_view),
                name="members_lhintarget_dashboard_csv",
            ),
            *super().get_urls(),
        ]

    # --- The dashboard --------------------------------------------------------------------------

    def _engagement_or_error(self, request):
        """The figures for the year asked for, or the year form with its error."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = YearForm(request.GET)
        if not form.is_valid():
            return None, form
        return (
            engagement.lhin_engagement(user=request.user, year=form.cleaned_data["year"]),
            form,
        )

    def _render(self, request, context: dict, status: int = 200) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            **context,
        }
        return TemplateResponse(
            request, "admin/members/engagement_dashboard.html", context, status=status
        )

    def _bad_year(self, request, form: YearForm) -> TemplateResponse:
        return self._render(
            request,
            {"title": _("LHIN engagement"), "form": form, "years": form.years},
            status=400,
        )

    def _with_activity(self, figures: engagement.Engagement) -> list:
        """Each LHIN's row with its engagement strategy and activities (governance), in one
        query whatever the number of LHINs."""
        activity = engagement_activity_by_lhin(
            lhin_ids=[row.lhin.pk for row in figures.lhins], year=figures.period.year
        )
        return [(row, activity.get(row.lhin.pk, NO_ACTIVITY)) for row in figures.lhins]

    def dashboard_view(self, request):
        figures, form = self._engagement_or_error(request)
        if figures is None:
            return self._bad_year(request, form)
        year = figures.period.year
        lhin_rows = self._with_activity(figures)
        if figures.whole_province:
            title = _("LHIN engagement in %(year)s") % {"year": year}
        else:
            title = _("LHIN engagement in %(year)s: your LHINs") % {"year": year}
        return self._render(
            request,
            {
                "title": title,
                "form": form,
                "years": form.years,
                "year": year,
                "engagement": figures,
                "lhin_rows": lhin_rows,
                "activities_total": sum(activity.activities for _row, activity in lhin_rows),
                "reached_total": sum(activity.people_reached for _row, activity in lhin_rows),
                "scope": scope_label(figures),
                "quarter_last_day": figures.period.quarter_end - engagement.MICROSECOND,
                "default_target": LHINTarget.DEFAULT,
                "months": [capfirst(MONTHS_3[end.month]) for end in figures.period.month_ends],
                "bar_chart": bar_chart(figures),
                "trend_chart": trend_chart(figures),
                "lhin_trend_charts": lhin_trend_charts(figures),
            },
        )

    def dashboard_csv_view(self, request):
        """The per-LHIN table as CSV, the viewer's LHINs only, safe to open in a spreadsheet."""
        figures, form = self._engagement_or_error(request)
        if figures is None:
            return self._bad_year(request, form)
        year = figures.period.year
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="lhin-engagement-{year}.csv"'
        # A byte order mark, so spreadsheet programs read the French names as UTF-8.
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow([spreadsheet_safe(header) for header in CSV_HEADERS])
        for row, activity in self._with_activity(figures):
            f = row.figures
            cells = [
                row.lhin.number,
                row.lhin.display_name,
                row.lhin.get_ontario_health_region_display(),
                year,
                f.target,
                f.full,
                f.supporting,
                f.active,
                f.pending,
                f.new_this_quarter,
                f.gap,
                met_label(f.met),
                gettext("Yes") if activity.strategy_id else gettext("No"),
                activity.activities,
                activity.people_reached,
                activity.last_activity.isoformat() if activity.last_activity else "",
            ]
            writer.writerow([spreadsheet_safe(cell) for cell in cells])
        return response


class YearForm(forms.Form):
    """The dashboard's year: the current one unless asked, from FIRST_YEAR to this year."""

    year = forms.IntegerField(label=_("Year"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.years = engagement.years_offered()
        self.error_text = _("Choose a year from %(first)s to %(last)s.") % {
            "first": self.years[-1],
            "last": self.years[0],
        }
        self.fields["year"].error_messages["invalid"] = self.error_text

    def clean_year(self) -> int:
        year = self.cleaned_data["year"]
        if year is None:
            return self.years[0]
        if year not in self.years:
            raise forms.ValidationError(self.error_text)
        return year


CSV_HEADERS = (
    _("LHIN number"),
    _("LHIN"),
    _("Ontario Health region"),
    _("Year"),
    _("Target"),
    _("Full members"),
    _("Supporting members"),
    _("Total active"),
    _("Pending applications"),
    _("New this quarter"),
    _("Gap to target"),
    _("Target met"),
    _("Engagement strategy"),
    _("Engagement activities in the year"),
    _("People reached in the year"),
    _("Last engagement activity"),
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def met_label(met: bool) -> str:
    return gettext("Met") if met else gettext("Not met")


def scope_label(figures: engagement.Engagement) -> str:
    return gettext("Ontario") if figures.whole_province else gettext("Your LHINs")


# --- Charts -------------------------------------------------------------------------------------
# Coordinates are laid out here and passed as strings, so the template never localizes them
# (a French decimal comma would break the SVG).


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _axis(maximum: int, ticks: int = 5) -> tuple[int, int]:
    """A round step for about `ticks` gridlines, and the axis maximum: a multiple of it."""
    raw = max(maximum, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if raw <= m * magnitude)
    step = max(int(step), 1)
    return step, step * max(math.ceil(max(maximum, 1) / step), 1)


@dataclass(frozen=True)
class Tick:
    position: str
    label: int


@dataclass(frozen=True)
class BarRow:
    label: str
    text_y: str
    bar_y: str
    bar_width: str
    target_x: str
    marker_top: str
    marker_bottom: str
    met: bool
    value_text: str


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    label_x: int
    plot_x: int
    value_x: int
    axis_y: int
    grid_top: int
    grid_bottom: int
    bar_height: int
    ticks: tuple[Tick, ...]
    rows: tuple[BarRow, ...]
    title: str
    desc: str


def bar_chart(figures: engagement.Engagement) -> BarChart:
    """Active members of each LHIN as a bar, its target as a mark across it."""
    width, label_x, plot_x, plot_width, value_x = 780, 244, 254, 340, 606
    top, row_height, bar_height = 34, 30, 18
    rows = figures.lhins
    step, maximum = _axis(
        max([r.figures.active for r in rows] + [r.figures.target for r in rows], default=0)
    )
    scale = plot_width / maximum
    bars = []
    parts = []
    for index, row in enumerate(rows):
        f = row.figures
        y = top + index * row_height
        value_text = _("%(active)s of %(target)s: %(met)s") % {
            "active": f.active,
            "target": f.target,
            "met": met_label(f.met).lower(),
        }
        bars.append(
            BarRow(
                label=row.lhin.display_name,
                text_y=_n(y + 20),
                bar_y=_n(y + (row_height - bar_height) / 2),
                bar_width=_n(f.active * scale),
                target_x=_n(plot_x + f.target * scale),
                marker_top=_n(y + 1),
                marker_bottom=_n(y + row_height - 1),
                met=f.met,
                value_text=str(value_text),
            )
        )
        parts.append(
            gettext("%(lhin)s, %(active)s active of a target of %(target)s, %(met)s")
            % {
                "lhin": row.lhin.display_name,
                "active": f.active,
                "target": f.target,
                "met": met_label(f.met).lower(),
            }
        )
    height = top + len(rows) * row_height + 8
    return BarChart(
        width=width,
        height=height,
        label_x=label_x,
        plot_x=plot_x,
        value_x=value_x,
        axis_y=top - 12,
        grid_top=top - 6,
        grid_bottom=height - 6,
        bar_height=bar_height,
        ticks=tuple(
            Tick(_n(plot_x + value * scale), value) for value in range(0, maximum + 1, step)
        ),
        rows=tuple(bars),
        title=gettext("Active members and target of each LHIN, %(year)s")
        % {"year": figures.period.year},
        desc="; ".join(parts) + ".",
    )


@dataclass(frozen=True)
class Point:
    x: str
    y: str
    label_y: str
    value: int
    bar_x: str  # the small charts draw a column per month
    bar_height: str


@dataclass(frozen=True)
class TrendChart:
    id: str
    width: int
    height: int
    plot_left: int
    plot_right: int
    baseline: str
    target_y: str
    points: tuple[Point, ...]
    polyline: str
    bar_width: str
    months: tuple[Tick, ...]  # month labels along the bottom
    label_y: int
    ticks: tuple[Tick, ...]  # value gridlines (position is a y)
    title: str
    desc: str


def _trend(
    *,
    chart_id: str,
    name: str,
    year: int,
    values: tuple[int, ...],
    target: int,
    maximum: int,
    small: bool,
) -> TrendChart:
    if small:
        width, height, left, right, top, bottom, ticks = 250, 104, 8, 242, 10, 80, 0
    else:
        width, height, left, right, top, bottom, ticks = 780, 300, 56, 764, 24, 254, 5
    # The small charts have no gridlines, so their scale runs to the largest value itself.
    step, axis_max = _axis(maximum, ticks) if ticks else (1, max(maximum, 1))
    scale = (bottom - top) / axis_max
    slot = (right - left) / 12

    def y_of(value: int) -> float:
        return bottom - value * scale

    points = tuple(
        Point(
            x=_n(left + slot * (index + 0.5)),
            y=_n(y_of(value)),
            label_y=_n(y_of(value) - 10),
            value=value,
            bar_x=_n(left + slot * (index + 0.2)),
            bar_height=_n(value * scale),
        )
        for index, value in enumerate(values)
    )
    month_labels = tuple(
        Tick(
            _n(left + slot * (month - 0.5)),
            str(MONTHS_3[month])[0].upper() if small else capfirst(MONTHS_3[month]),
        )
        for month in range(1, 13)
    )
    desc = "; ".join(
        f"{capfirst(MONTHS[month])}: {value}" for month, value in enumerate(values, start=1)
    )
    return TrendChart(
        id=chart_id,
        width=width,
        height=height,
        plot_left=left,
        plot_right=right,
        baseline=_n(bottom),
        target_y=_n(y_of(target)),
        points=points,
        polyline=" ".join(f"{p.x},{p.y}" for p in points),
        bar_width=_n(slot * 0.6),
        months=month_labels,
        label_y=height - (8 if small else 16),
        ticks=()
        if small
        else tuple(Tick(_n(y_of(value)), value) for value in range(0, axis_max + 1, step)),
        title=gettext("%(name)s: active members at each month end, %(year)s")
        % {"name": name, "year": year},
        desc=gettext("%(months)s. Target: %(target)s.") % {"months": desc, "target": target},
    )


def trend_chart(figures: engagement.Engagement) -> TrendChart:
    """Active members of the whole scope (the province, or the coordinator's LHINs) by month."""
    return _trend(
        chart_id="trend-total",
        name=scope_label(figures),
        year=figures.period.year,
        values=figures.total_trend,
        target=figures.total.target,
        maximum=max([*figures.total_trend, figures.total.target]),
        small=False,
    )


def lhin_trend_charts(figures: engagement.Engagement) -> list[tuple[object, TrendChart]]:
    """One small chart per LHIN, all on the same scale so they compare at a glance."""
    maximum = max(
        [v for row in figures.lhins for v in row.trend]
        + [row.figures.target for row in figures.lhins]
        + [1]
    )
    return [
        (
            row,
            _trend(
                chart_id=f"trend-lhin-{row.lhin.number}",
                name=row.lhin.display_name,
                year=figures.period.year,
                values=row.trend,
                target=row.figures.target,
                maximum=maximum,
                small=True,
            ),
        )
        for row in figures.lhins
    ]
