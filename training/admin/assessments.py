"""Training in the admin: the assessments part.

Self-assessments, ratings and learning plans are deliberately NOT registered: no one but their
owner sees them, not even a superuser (the issue: "no coordinator, supervisor or administrator
view shows it"). The one entry is `SelfAssessmentReport`: anonymous aggregates of five people or
more, for governance members and network administrators; it opens no record.
"""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from network import roles
from network.admin import ReadOnlyAdmin
from network.models import LHIN

from ..models import SelfAssessment, SelfAssessmentReport
from ..selectors.assessments import SMALL_GROUP, current_year, self_assessment_aggregates

VIEW_REPORT = "training.view_selfassessmentreport"


def may_see_aggregates(user) -> bool:
    """Network administrators (and superusers) through the model permission; governance
    members by their role, because `network.roles` gathers no training permissions for them."""
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm(VIEW_REPORT) or roles.has_role(user, roles.GOVERNANCE_MEMBER))
    )


@admin.register(SelfAssessmentReport)
class SelfAssessmentReportAdmin(ReadOnlyAdmin):
    def has_module_permission(self, request) -> bool:
        return may_see_aggregates(request.user)

    def has_view_permission(self, request, obj=None) -> bool:
        # Never one record: the report is the only page.
        return obj is None and may_see_aggregates(request.user)

    def get_urls(self):
        return [
            path(
                "",
                self.admin_site.admin_view(self.report_view),
                name="training_selfassessmentreport_changelist",
            )
        ]

    def report_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        this_year = current_year()
        try:
            year = int(request.GET.get("year", this_year))
        except ValueError:
            year = this_year
        lhin = LHIN.objects.filter(number=request.GET.get("lhin") or 0).first()
        first = SelfAssessment.objects.order_by("year").values_list("year", flat=True).first()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Self-assessments: anonymous aggregates"),
            "report": self_assessment_aggregates(year, lhin=lhin),
            "years": list(range(this_year, (first or this_year) - 1, -1)),
            "lhin": lhin,
            "lhins": LHIN.objects.order_by("number"),
            "small_group": SMALL_GROUP,
        }
        return TemplateResponse(request, "training/assessments/admin/report.html", context)
