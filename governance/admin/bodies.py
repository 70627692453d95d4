"""Governance in the admin: the bodies part.

Governance members and network administrators run bodies (seats inline) and meetings
(attendance and decisions inline). Seat changes and the approval of minutes go through
governance.services.bodies, which check the rules and write the audit log.

People are picked with an autocomplete that searches display names only and answers anyone
who may manage bodies or meetings: Django's own autocomplete would need the permission to
view every account in the admin (emails included), more than running a board needs.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import path
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from members.models import User

from ..models import Attendance, Body, Decision, Meeting, Seat
from ..services import bodies as services

PERSON_FIELDS = {("governance", "seat", "holder"), ("governance", "attendance", "person")}


class PersonAutocompleteView(AutocompleteJsonView):
    """Active people by display name, for a seat holder or an attendee. Other apps subclass it
    with their own `fields` (app label, model, field) and the `permissions` that may use it."""

    fields: frozenset[tuple[str, str, str]] | set[tuple[str, str, str]] = PERSON_FIELDS
    permissions: tuple[str, ...] = ("governance.change_body", "governance.change_meeting")

    def process_request(self, request):
        keys = ("app_label", "model_name", "field_name")
        source = tuple(request.GET.get(key, "") for key in keys)
        if source not in self.fields:
            raise PermissionDenied
        return super().process_request(request)

    def has_perm(self, request, obj=None) -> bool:
        return any(request.user.has_perm(permission) for permission in self.permissions)

    def get_queryset(self):
        people = User.objects.filter(is_active=True, closed_at__isnull=True)
        if self.term:
            people = people.filter(display_name__icontains=self.term)
        return people.order_by("display_name")


class PersonAutocompleteSelect(AutocompleteSelect):
    url_name = "%s:governance_person_autocomplete"


class PersonAutocompleteMixin:
    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.autocomplete_fields:
            kwargs["widget"] = PersonAutocompleteSelect(db_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class SeatAdminForm(forms.ModelForm):
    class Meta:
        model = Seat
        fields = ["role", "lived_experience", "holder", "term_start", "term_end", "note", "order"]

    def clean(self):
        cleaned = super().clean()
        refusal = services.seat_holder_refusal(
            lived_experience=cleaned.get("lived_experience", False), holder=cleaned.get("holder")
        )
        if refusal:
            self.add_error("holder", refusal)
        return cleaned


class SeatInline(PersonAutocompleteMixin, admin.TabularInline):
    model = Seat
    form = SeatAdminForm
    extra = 0
    autocomplete_fields = ["holder"]


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "visibility", "active", "order"]
    list_filter = ["kind", "visibility", "active"]
    search_fields = ["name", "name_fr"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SeatInline]
    fieldsets = [
        (None, {"fields": ["kind", "name", "name_fr", "slug", "terms_of_reference"]}),
        (_("Purpose"), {"fields": ["purpose", "purpose_fr"]}),
        (_("Publishing"), {"fields": ["visibility", "active", "order"]}),
    ]

    def get_urls(self):
        autocomplete = self.admin_site.admin_view(
            PersonAutocompleteView.as_view(admin_site=self.admin_site)
        )
        return [
            path(
                "people-autocomplete/",
                autocomplete,
                name="governance_person_autocomplete",
            ),
            *super().get_urls(),
        ]

    def save_formset(self, request, form, formset, change):
        if formset.model is not Seat:
            return super().save_formset(request, form, formset, change)
        # A change of holder goes through the service: it checks the seat's rule and audits it.
        changed = formset.save(commit=False)
        for seat in formset.deleted_objects:
            seat.delete()
        for seat_form in formset.forms:
            seat = seat_form.instance
            if not any(seat is other for other in changed):
                continue
            if "holder" in seat_form.changed_data:
                services.seat_assign(seat=seat, holder=seat.holder, actor=request.user)
            else:
                seat.save()
        formset.save_m2m()


class AttendanceInline(PersonAutocompleteMixin, admin.TabularInline):
    model = Attendance
    extra = 0
    autocomplete_fields = ["person"]
    fields = ["person", "status", "capacity"]


class DecisionInline(admin.StackedInline):
    model = Decision
    extra = 0
    fields = [
        "number",
        "motion",
        "motion_fr",
        ("moved_by", "seconded_by"),
        "outcome",
        ("votes_for", "votes_against", "votes_abstain"),
    ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in ("moved_by", "seconded_by"):
            kwargs["queryset"] = Seat.objects.select_related("body")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "body", "starts_at", "status", "visibility", "minutes_approved_at"]
    list_filter = ["body", "status", "visibility"]
    list_select_related = ["body"]
    search_fields = ["title", "title_fr", "body__name"]
    date_hierarchy = "starts_at"
    inlines = [AttendanceInline, DecisionInline]
    readonly_fields = ["minutes_approved_at"]
    actions = ["approve_minutes"]
    fieldsets = [
        (None, {"fields": ["body", "title", "title_fr", "status", "visibility"]}),
        (_("When and where"), {"fields": ["starts_at", "ends_at", "place", "online_note"]}),
        (_("Agenda"), {"fields": ["agenda", "agenda_fr"]}),
        (_("Minutes"), {"fields": ["minutes", "minutes_fr", "minutes_approved_at"]}),
    ]

    # Approved minutes are the record of the meeting: shown as they read, no longer edited.
    APPROVED_MINUTES = ["minutes_as_approved", "minutes_fr_as_approved", "minutes_approved_at"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not obj.minutes_approved:
            return fieldsets
        return [
            (name, {**options, "fields": self.APPROVED_MINUTES})
            if options["fields"][0] == "minutes"
            else (name, options)
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.minutes_approved:
            fields += self.APPROVED_MINUTES[:2]
        return fields

    @admin.display(description=_("minutes"))
    def minutes_as_approved(self, obj: Meeting) -> str:
        return mark_safe(obj.minutes)  # noqa: S308 (sanitized by nh3 when saved)

    @admin.display(description=_("minutes in French"))
    def minutes_fr_as_approved(self, obj: Meeting) -> str:
        return mark_safe(obj.minutes_fr)  # noqa: S308 (sanitized by nh3 when saved)

    @admin.action(description=_("Approve the minutes of the selected meetings"))
    def approve_minutes(self, request, queryset):
        approved = 0
        for meeting in queryset:
            try:
                services.meeting_minutes_approve(meeting=meeting, actor=request.user)
            except ValidationError as error:
                self.message_user(request, f"{meeting}: {' '.join(error.messages)}", messages.ERROR)
            else:
                approved += 1
        if approved:
            self.message_user(
                request,
                ngettext(
                    "Approved the minutes of %(count)d meeting.",
                    "Approved the minutes of %(count)d meetings.",
                    approved,
                )
                % {"count": approved},
                messages.SUCCESS,
            )
