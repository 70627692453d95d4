"""Governance in the admin: the honoraria part.

Rates are kept by the network administrators. Records are seen by the coordinators of their
LHIN (who request, approve and cancel them), by the treasurer once approved (who pays them and
exports them) and by network administrators (everything). A record is never edited in place or
deleted: it changes status through `governance.services.honoraria`, each step recorded.
"""

from __future__ import annotations

import csv

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from members.admin_engagement import spreadsheet_safe
from network.services import audit_record

from ..forms.honoraria import (
    CancelForm,
    ExportForm,
    HonorariumRateForm,
    HonorariumRequestForm,
    PaymentForm,
)
from ..models import Honorarium, HonorariumRate
from ..selectors import honoraria as selectors
from ..services import honoraria as services


@admin.register(HonorariumRate)
class HonorariumRateAdmin(admin.ModelAdmin):
    """The published rate table. A rate used by records cannot be deleted: retire it instead
    (active: no), so the records keep the rate they were paid at."""

    form = HonorariumRateForm
    list_display = ["activity", "unit", "amount", "effective_from", "active", "order"]
    list_filter = ["active", "unit"]
    search_fields = ["activity", "activity_fr"]
    ordering = ["order", "activity"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action="honorarium_rate.change" if change else "honorarium_rate.add",
            target=obj,
            amount=str(obj.amount),
            unit=obj.unit,
            active=obj.active,
        )


@admin.register(Honorarium)
class HonorariumAdmin(admin.ModelAdmin):
    change_form_template = "governance/honoraria/admin/change_form.html"
    change_list_template = "governance/honoraria/admin/change_list.html"
    list_display = [
        "reference",
        "person_name",
        "kind",
        "activity",
        "activity_date",
        "amount",
        "status",
        "lhin",
    ]
    list_display_links = ["reference", "person_name"]
    list_filter = ["status", "kind", ("lhin", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["person", "lhin"]
    search_fields = ["person__display_name", "activity", "payment_reference"]
    date_hierarchy = "activity_date"
    actions = ["approve_selected"]
    add_fields = [
        "person",
        "lhin",
        "kind",
        "rate",
        "activity",
        "activity_date",
        "quantity",
        "amount",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "reference",
                    "person_name",
                    "lhin",
                    "status",
                    "kind",
                    "rate",
                    "activity",
                    "activity_date",
                    "quantity",
                    "amount",
                ]
            },
        ),
        (
            _("Steps"),
            {
                "fields": [
                    "requested_by",
                    "requested_at",
                    "approved_by",
                    "approved_at",
                    "paid_by",
                    "paid_at",
                    "payment_reference",
                    "declined_at",
                    "cancelled_by",
                    "cancelled_at",
                    "cancel_reason",
                ]
            },
        ),
    ]

    # --- Who sees which records -----------------------------------------------------------------

    def get_queryset(self, request):
        return selectors.honoraria_visible_to(request.user).select_related(
            "person", "lhin", "rate", "requested_by", "approved_by", "paid_by", "cancelled_by"
        )

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        # Another LHIN's record, or one not yet approved for the treasurer: as if it did not
        # exist (404), never a hint that it does.
        raise Http404

    def history_view(self, request, object_id, extra_context=None):
        # Django looks the record up first; staff without the permission get 403, as elsewhere.
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # the books keep every record: cancel instead

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.has_add_permission(request):
            actions.pop("approve_selected", None)  # the treasurer pays, and does not approve
        return actions

    # --- The form -------------------------------------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": self.add_fields})]
        return self.fieldsets

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return [field for _name, options in self.fieldsets for field in options["fields"]]

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None:
            return super().get_form(request, obj, change, **kwargs)
        user = request.user

        class RequestForm(HonorariumRequestForm):
            def __init__(self, *args, **form_kwargs):
                super().__init__(*args, user=user, **form_kwargs)

        return RequestForm

    def save_model(self, request, obj, form, change) -> None:
        if change:
            return  # never edited in place; the steps have their own buttons
        data = form.cleaned_data
        created = services.honorarium_request(
            person=data["person"],
            lhin=data["lhin"],
            kind=data["kind"],
            rate=data["rate"],
            activity=data["activity"],
            activity_date=data["activity_date"],
            quantity=data["quantity"],
            amount=data["amount"],
            actor=request.user,
        )
        obj.pk = created.pk
        obj.requested_at = created.requested_at

    def save_related(self, request, form, formsets, change) -> None:
        pass  # nothing related; the record is saved by the service

    @admin.display(description=_("reference"), ordering="pk")
    def reference(self, honorarium: Honorarium) -> str:
        return honorarium.reference

    @admin.display(description=_("person"), ordering="person__display_name")
    def person_name(self, honorarium: Honorarium) -> str:
        return honorarium.person.display_name

    def change_view(self, request, object_id, form_url="", extra_context=None):
        honorarium = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "show_save": False,
            "show_save_and_continue": False,
            "show_save_and_add_another": False,
            "show_delete": False,
        }
        if honorarium is not None:
            decides = selectors.may_decide(request.user, honorarium)
            extra_context |= {
                "can_approve": decides and honorarium.status == Honorarium.Status.REQUESTED,
                "can_cancel": decides and honorarium.is_declinable,
                "can_pay": selectors.may_pay(request.user)
                and honorarium.status == Honorarium.Status.APPROVED,
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_export": selectors.may_pay(request.user),
            "export_form": ExportForm(),
        }
        return super().changelist_view(request, extra_context)

    # --- The steps ------------------------------------------------------------------------------

    @admin.action(description=_("Approve the selected requests"), permissions=["add"])
    def approve_selected(self, request, queryset) -> None:
        approved = 0
        for honorarium in queryset:
            if not selectors.may_decide(request.user, honorarium):
                continue  # a treasurer who also coordinates sees records not theirs to approve
            try:
                services.honorarium_approve(honorarium_id=honorarium.pk, actor=request.user)
            except services.HonorariumError as error:
                self.message_user(
                    request, f"{honorarium.reference}: {error.message}", messages.WARNING
                )
            else:
                approved += 1
        if approved:
            self.message_user(
                request,
                ngettext("%(count)d request approved.", "%(count)d requests approved.", approved)
                % {"count": approved},
                messages.SUCCESS,
            )

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(function)

        return [
            # Before the model's own URLs, whose "<path:object_id>/" would take these.
            path("export.csv", view(self.export_view), name="governance_honorarium_export"),
            path(
                "<int:pk>/approve/", view(self.approve_view), name="governance_honorarium_approve"
            ),
            path("<int:pk>/pay/", view(self.pay_view), name="governance_honorarium_pay"),
            path("<int:pk>/cancel/", view(self.cancel_view), name="governance_honorarium_cancel"),
            *super().get_urls(),
        ]

    def _honorarium_or_404(self, request, pk: int, allowed) -> Honorarium:
        honorarium = self.get_queryset(request).filter(pk=pk).first()
        if honorarium is None:
            raise Http404
        if not allowed(honorarium):
            raise PermissionDenied  # they see the record, but this step is not theirs
        return honorarium

    def _done(self, honorarium: Honorarium):
        return redirect("admin:governance_honorarium_change", honorarium.pk)

    def _step_page(self, request, honorarium, form, title: str, step: str, status: int = 200):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": honorarium,
            "form": form,
            "title": title,
            "step": step,
        }
        return TemplateResponse(
            request, "governance/honoraria/admin/step.html", context, status=status
        )

    @method_decorator(require_POST)
    def approve_view(self, request, pk: int):
        honorarium = self._honorarium_or_404(
            request, pk, lambda h: selectors.may_decide(request.user, h)
        )
        try:
            services.honorarium_approve(honorarium_id=honorarium.pk, actor=request.user)
        except services.HonorariumError as error:
            self.message_user(request, error.message, messages.ERROR)
        else:
            self.message_user(
                request,
                _("Approved. %(name)s is told by email; the treasurer can now pay it.")
                % {"name": honorarium.person.display_name},
                messages.SUCCESS,
            )
        return self._done(honorarium)

    def pay_view(self, request, pk: int):
        honorarium = self._honorarium_or_404(request, pk, lambda h: selectors.may_pay(request.user))
        form = PaymentForm(request.POST or None)
        if request.method == "POST":
            if form.is_valid():
                try:
                    services.honorarium_mark_paid(
                        honorarium_id=honorarium.pk,
                        actor=request.user,
                        payment_reference=form.cleaned_data["payment_reference"],
                    )
                except services.HonorariumError as error:
                    self.message_user(request, error.message, messages.ERROR)
                else:
                    self.message_user(
                        request,
                        _("Marked paid. %(name)s is told by email.")
                        % {"name": honorarium.person.display_name},
                        messages.SUCCESS,
                    )
                return self._done(honorarium)
            return self._step_page(request, honorarium, form, _("Mark as paid"), "pay", 400)
        return self._step_page(request, honorarium, form, _("Mark as paid"), "pay")

    def cancel_view(self, request, pk: int):
        honorarium = self._honorarium_or_404(
            request, pk, lambda h: selectors.may_decide(request.user, h)
        )
        form = CancelForm(request.POST or None)
        if request.method == "POST":
            if form.is_valid():
                try:
                    services.honorarium_cancel(
                        honorarium_id=honorarium.pk,
                        actor=request.user,
                        reason=form.cleaned_data["reason"],
                    )
                except services.HonorariumError as error:
                    self.message_user(request, error.message, messages.ERROR)
                else:
                    self.message_user(request, _("Cancelled."), messages.SUCCESS)
                return self._done(honorarium)
            return self._step_page(request, honorarium, form, _("Cancel the record"), "cancel", 400)
        return self._step_page(request, honorarium, form, _("Cancel the record"), "cancel")

    # --- The treasurer's export -----------------------------------------------------------------

    def export_view(self, request):
        """The records the viewer sees, filtered by status and activity dates, as CSV."""
        if not selectors.may_pay(request.user):
            raise PermissionDenied
        form = ExportForm(request.GET)
        if not form.is_valid():
            return self._step_page(
                request, None, form, _("Export for the treasurer"), "export", 400
            )
        records = selectors.honoraria_for_export(request.user, **form.cleaned_data)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = f'attachment; filename="honoraria-{stamp}.csv"'
        response.write("\ufeff")  # so spreadsheets read accents as UTF-8
        writer = csv.writer(response)
        writer.writerow([spreadsheet_safe(header) for header in CSV_HEADERS])
        for record in records:
            writer.writerow([spreadsheet_safe(cell) for cell in csv_row(record)])
        audit_record(
            actor=request.user,
            action="honorarium.export",
            rows=len(records),
            **{key: str(value or "") for key, value in form.cleaned_data.items()},
        )
        return response


# The treasurer pays the person named on their account (the display name) at their email (an
# e-transfer address); legal names are not collected by the platform. Dates are ISO 8601 and
# amounts use a dot, whatever the language, so the books import them as they are.
CSV_HEADERS = (
    _("Reference"),
    _("Name"),
    _("Email"),
    _("LHIN"),
    _("Kind"),
    _("Activity"),
    _("Activity date"),
    _("Quantity"),
    _("Amount (CAD)"),
    _("Status"),
    _("Approved"),
    _("Paid"),
    _("Payment reference"),
)


def _iso_date(moment) -> str:
    return timezone.localdate(moment).isoformat() if moment else ""


def csv_row(record: Honorarium) -> list:
    return [
        record.reference,
        record.person.display_name,
        record.person.email,
        record.lhin.number,
        record.get_kind_display(),
        record.activity,
        record.activity_date.isoformat(),
        f"{record.quantity:.2f}",
        f"{record.amount:.2f}",
        record.get_status_display(),
        _iso_date(record.approved_at),
        _iso_date(record.paid_at),
        record.payment_reference,
    ]
