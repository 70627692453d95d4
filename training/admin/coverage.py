"""Training in the admin: the coverage part.

The coverage report (`CoverageReport`, a proxy with a view permission only) as the only page
of its entry, with a CSV export. LHIN coordinators see their LHINs' columns; content editors
and network administrators see every LHIN. Every column shows the sessions that are online or
open to the whole province too.
"""

from __future__ import annotations

import csv

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from members.admin_engagement import spreadsheet_safe
from network.admin import ReadOnlyAdmin

from ..models import CoverageReport
from ..selectors.coverage import Coverage, coverage_report


def gap_label(cell) -> str:
    return gettext("Gap: no session") if cell.is_gap else ""


def _column_names(coverage: Coverage) -> list[str]:
    return [lhin.display_name for lhin in coverage.lhins] + [gettext("Province-wide or online")]


@admin.register(CoverageReport)
class CoverageReportAdmin(ReadOnlyAdmin):
    """The report, as the only page of this entry: it edits nothing."""

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("", view(self.report_view), name="training_coveragereport_changelist"),
            path("coverage.csv", view(self.csv_view), name="training_coveragereport_csv"),
        ]

    def _coverage(self, request) -> Coverage:
        if not self.has_view_permission(request):
            raise PermissionDenied
        return coverage_report(request.user)

    def report_view(self, request):
        coverage = self._coverage(request)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Training coverage by competency and LHIN"),
            "coverage": coverage,
            "columns": _column_names(coverage),
        }
        return TemplateResponse(request, "training/coverage/admin/report.html", context)

    def csv_view(self, request):
        coverage = self._coverage(request)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        day = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="training-coverage-{day}.csv"'
        writer = csv.writer(response)
        writer.writerow(
            [
                gettext("Competency"),
                gettext("LHIN"),
                gettext("Upcoming sessions"),
                gettext("Seats"),
                gettext("Registrations"),
                gettext("On waitlists"),
                gettext("Gap"),
            ]
        )
        columns = _column_names(coverage)
        for row in coverage.rows:
            for column, cell in zip(columns, row.cells, strict=True):
                writer.writerow(
                    [
                        spreadsheet_safe(row.competency.display_name),
                        spreadsheet_safe(column),
                        cell.sessions,
                        cell.seats,
                        cell.registrations,
                        cell.waitlisted,
                        gap_label(cell),
                    ]
                )
        return response
