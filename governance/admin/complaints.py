"""Governance in the admin: the complaints part.

Cases are seen by complaints officers only: the role is checked here on top of the model
permissions, so not even a superuser without the role opens a case (the issue: "only people
with the complaints role see cases"). Every change of status goes through
`governance.services.complaints`; the case's own fields are read-only here.

Governance members and network administrators see the monthly counts (`CaseReport`), which
carry no names and no text.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from network import roles
from network.admin import ReadOnlyAdmin

from ..forms.complaints import CaseStepForm
from ..models import Case, CaseEvent, CaseReport
from ..selectors.complaints import SMALL_COUNT, case_report, overdue_q
from ..services import complaints as services

# The steps an officer takes, by the slug in their URL: (service, label, statuses it starts from).
STEPS = {
    "acknowledge": (_("Acknowledge"), (Case.Status.RECEIVED,)),
    "start-review": (_("Start the review"), (Case.Status.RECEIVED, Case.Status.ACKNOWLEDGED)),
    "resolve": (
        _("Resolve, with a response"),
        (Case.Status.RECEIVED, Case.Status.ACKNOWLEDGED, Case.Status.UNDER_REVIEW),
    ),
    "close": (_("Close"), (Case.Status.RESOLVED,)),
    "note": (_("Add a note"), tuple(Case.Status)),
}
DONE = {
    "acknowledge": _("Acknowledged. The person is told when they gave an email address."),
    "start-review": _("The review has started."),
    "resolve": _("Resolved. The person can read your response on their tracking page."),
    "close": _("Closed."),
    "note": _("The note is added."),
}
# Steps taken from the case page with one button (no text needed); the others open a form.
ONE_CLICK = ("acknowledge", "start-review", "close")


def is_complaints_officer(user) -> bool:
    return user.is_authenticated and roles.has_role(user, roles.COMPLAINTS_OFFICER)


class OverdueFilter(admin.SimpleListFilter):
    title = _("overdue")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [
            ("any", _("Any deadline missed")),
            (services.ACKNOWLEDGE, _("Acknowledgement overdue")),
            (services.RESPOND, _("Response overdue")),
        ]

    def queryset(self, request, queryset):
        overdue = overdue_q()
        if self.value() == "any":
            return queryset.filter(overdue[services.ACKNOWLEDGE] | overdue[services.RESPOND])
        if self.value() in overdue:
            return queryset.filter(overdue[self.value()])
        return queryset


class CaseEventInline(admin.TabularInline):
    model = CaseEvent
    extra = 0
    can_delete = False
    fields = ["at", "kind", "from_status", "to_status", "actor", "is_public", "note"]
    readonly_fields = fields
    verbose_name_plural = _("Each step, public and internal")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    change_form_template = "governance/complaints/admin/case_change_form.html"
    list_display = [
        "reference",
        "kind",
        "category",
        "status",
        "received_at",
        "next_deadline",
        "overdue",
    ]
    list_filter = ["status", "category", "kind", OverdueFilter]
    search_fields = ["reference"]
    date_hierarchy = "received_at"
    actions = ["acknowledge_selected"]
    inlines = [CaseEventInline]
    fieldsets = [
        (None, {"fields": ["reference", "status", "kind", "category"]}),
        (_("What they wrote"), {"fields": ["what_happened", "outcome_hoped"]}),
        (
            _("Reaching them"),
            {"fields": ["name", "email", "phone", "preferred_contact", "language", "person"]},
        ),
        (
            _("Dates and deadlines"),
            {
                "fields": [
                    "received_at",
                    "acknowledge_by",
                    "respond_by",
                    "acknowledged_at",
                    "resolved_at",
                    "closed_at",
                    "acknowledge_escalated_at",
                    "respond_escalated_at",
                ]
            },
        ),
        (_("Response"), {"fields": ["response"]}),
    ]

    # --- Who sees cases -------------------------------------------------------------------------

    def has_module_permission(self, request) -> bool:
        return is_complaints_officer(request.user) and super().has_module_permission(request)

    def has_view_permission(self, request, obj=None) -> bool:
        return is_complaints_officer(request.user) and super().has_view_permission(request, obj)

    def has_change_permission(self, request, obj=None) -> bool:
        return is_complaints_officer(request.user) and super().has_change_permission(request, obj)

    def has_add_permission(self, request) -> bool:
        return False  # cases come from the public form

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # the record of a case is kept

    def get_readonly_fields(self, request, obj=None):
        return [field for _name, options in self.fieldsets for field in options["fields"]]

    def history_view(self, request, object_id, extra_context=None):
        # Django looks the object up first, which answers staff without the permission with a
        # redirect ("does not exist") rather than 403 like the model's other pages.
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    # --- The list -------------------------------------------------------------------------------

    @admin.display(description=_("next deadline"))
    def next_deadline(self, case: Case) -> str:
        if case.status == Case.Status.RECEIVED:
            due, what = case.acknowledge_by, _("acknowledge by %(date)s")
        elif case.status in Case.OPEN_STATUSES:
            due, what = case.respond_by, _("respond by %(date)s")
        else:
            return "—"
        return what % {"date": date_format(timezone.localtime(due), "DATETIME_FORMAT")}

    @admin.display(description=_("overdue?"))
    def overdue(self, case: Case) -> str:
        now = timezone.now()
        if case.status == Case.Status.RECEIVED and case.acknowledge_by < now:
            return _("Overdue: not acknowledged")
        if case.status in Case.OPEN_STATUSES and case.respond_by < now:
            return _("Overdue: no response")
        return _("No")

    @admin.action(description=_("Acknowledge the selected cases"), permissions=["change"])
    def acknowledge_selected(self, request, queryset) -> None:
        done = 0
        for case in queryset.filter(status=Case.Status.RECEIVED):
            services.case_acknowledge(case_id=case.pk, actor=request.user)
            done += 1
        self.message_user(
            request,
            ngettext("%(count)d case acknowledged.", "%(count)d cases acknowledged.", done)
            % {"count": done},
            messages.SUCCESS if done else messages.WARNING,
        )

    # --- The case and its steps -----------------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        case = self.get_object(request, object_id)
        can_change = case is not None and self.has_change_permission(request, case)
        steps = [
            {"slug": slug, "label": label, "one_click": slug in ONE_CLICK}
            for slug, (label, starts_from) in STEPS.items()
            if can_change and case.status in starts_from
        ]
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
            "show_delete": False,
            "steps": steps,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        return [
            path(
                "<int:pk>/step/<slug:step>/",
                self.admin_site.admin_view(self.step_view),
                name="governance_case_step",
            ),
            *super().get_urls(),
        ]

    def step_view(self, request, pk: int, step: str):
        """A step on a case: its form on GET, the step itself on POST (from the form, or from
        the one-click buttons of the case page, which send no note)."""
        if not self.has_change_permission(request):
            raise PermissionDenied
        if step not in STEPS:
            raise Http404
        case = self.get_queryset(request).filter(pk=pk).first()
        if case is None:
            raise Http404
        # The one-click buttons post no fields: a POST is bound even when empty.
        data = request.POST if request.method == "POST" else None
        form = CaseStepForm(data, step=step.replace("-", "_"))
        status = 200
        if request.method == "POST":
            if form.is_valid():
                try:
                    self._take(request, case, step, form.cleaned_data)
                except services.CaseError as error:
                    self.message_user(request, error.message, messages.ERROR)
                else:
                    self.message_user(request, DONE[step], messages.SUCCESS)
                return redirect("admin:governance_case_change", case.pk)
            status = 400
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": case,
            "form": form,
            "title": STEPS[step][0],
            "step": step,
        }
        return TemplateResponse(
            request, "governance/complaints/admin/case_step.html", context, status=status
        )

    def _take(self, request, case: Case, step: str, data: dict) -> None:
        note, actor = data.get("note", ""), request.user
        if step == "acknowledge":
            services.case_acknowledge(case_id=case.pk, actor=actor, note=note)
        elif step == "start-review":
            services.case_start_review(case_id=case.pk, actor=actor, note=note)
        elif step == "resolve":
            services.case_resolve(
                case_id=case.pk, actor=actor, response=data["response"], note=note
            )
        elif step == "close":
            services.case_close(case_id=case.pk, actor=actor, note=note)
        else:
            services.case_add_note(
                case_id=case.pk, actor=actor, note=note, public=data.get("public", False)
            )


@admin.register(CaseReport)
class CaseReportAdmin(ReadOnlyAdmin):
    """The monthly counts, as the only page of this entry: it opens no case."""

    def get_urls(self):
        return [
            path(
                "",
                self.admin_site.admin_view(self.report_view),
                name="governance_casereport_changelist",
            )
        ]

    def report_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Complaints and feedback: counts by month"),
            "report": case_report(),
            "small_count": SMALL_COUNT,
        }
        return TemplateResponse(request, "governance/complaints/admin/report.html", context)
