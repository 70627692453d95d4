"""Training in the admin: the sessions part.

Content editors (and network administrators) schedule sessions, pick their facilitators and
see who holds a seat or waits. Registrations are read only here: members register themselves,
and every change to who holds a seat goes through training.services.sessions under the
session's lock. A change of capacity is checked against the people registered (never fewer
seats) and more seats go to the waitlist at once; cancelling a session is an action, which
emails everyone registered or waiting.

Facilitators are picked with governance's people picker (display names only), generalized so
an app names its own fields and permissions.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.db import models
from django.db.models import Count, Q
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from governance.admin.bodies import PersonAutocompleteView

from ..models import Registration, Session
from ..services import sessions as services

FACILITATORS = ("training", "session", "facilitators")


class FacilitatorAutocompleteView(PersonAutocompleteView):
    fields = {FACILITATORS}
    permissions = ("training.add_session", "training.change_session")


class FacilitatorsSelect(AutocompleteSelectMultiple):
    url_name = "%s:training_facilitator_autocomplete"


def _https_by_default(field, **kwargs):
    """Form fields of the model, with addresses typed without a scheme taken as https."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class SessionAdminForm(forms.ModelForm):
    class Meta:
        model = Session
        formfield_callback = _https_by_default
        fields = [
            "course",
            "starts_at",
            "ends_at",
            "registration_deadline",
            "lhin",
            "place",
            "online_url",
            "capacity",
            "facilitators",
        ]

    def clean(self):
        cleaned = super().clean()
        refusal = services.capacity_refusal(self.instance, cleaned.get("capacity"))
        if refusal:
            self.add_error("capacity", refusal)
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        deadline = cleaned.get("registration_deadline")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The session must end after it starts."))
        if starts and deadline and deadline > starts:
            self.add_error(
                "registration_deadline", _("Registration must close before the session starts.")
            )
        return cleaned


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    can_delete = False
    fields = readonly_fields = [
        "person_name",
        "status",
        "created_at",
        "waitlisted_at",
        "promoted_at",
        "cancelled_at",
        "attended",
    ]
    ordering = ["status", "waitlisted_at", "created_at"]

    @admin.display(description=_("person"))
    def person_name(self, registration: Registration) -> str:
        return registration.person.display_name

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    form = SessionAdminForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # typed without a scheme
    list_display = ["__str__", "starts_at", "lhin", "status", "capacity", "taken", "waiting"]
    list_filter = ["status", "lhin"]
    list_select_related = ["course", "lhin"]
    search_fields = ["course__title", "course__title_fr", "place"]
    date_hierarchy = "starts_at"
    inlines = [RegistrationInline]
    actions = ["cancel_sessions"]
    readonly_fields = ["status", "reminder_sent_at"]
    fieldsets = [
        (None, {"fields": ["course", ("starts_at", "ends_at"), "registration_deadline"]}),
        (_("Where"), {"fields": ["lhin", "place", "online_url"]}),
        (_("Seats and people"), {"fields": ["capacity", "facilitators"]}),
        (_("State"), {"fields": ["status", "reminder_sent_at"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                taken=Count("registrations", filter=Q(registrations__status="registered")),
                waiting=Count("registrations", filter=Q(registrations__status="waitlisted")),
            )
        )

    @admin.display(description=_("registered"), ordering="taken")
    def taken(self, session: Session) -> int:
        return session.taken

    @admin.display(description=_("waiting"), ordering="waiting")
    def waiting(self, session: Session) -> int:
        return session.waiting

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "facilitators":
            kwargs["widget"] = FacilitatorsSelect(db_field, self.admin_site)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_urls(self):
        autocomplete = self.admin_site.admin_view(
            FacilitatorAutocompleteView.as_view(admin_site=self.admin_site)
        )
        return [
            path("people-autocomplete/", autocomplete, name="training_facilitator_autocomplete"),
            *super().get_urls(),
        ]

    def has_delete_permission(self, request, obj=None) -> bool:
        # A session people registered for is cancelled (they are told), not deleted.
        if obj is not None and obj.registrations.exists():
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        services.session_save(session=obj, actor=request.user, changed=form.changed_data)

    @admin.action(description=_("Cancel the chosen sessions and tell the people registered"))
    def cancel_sessions(self, request, queryset):
        cancelled, refused = 0, []
        for session in queryset:
            try:
                services.session_cancel(session=session, actor=request.user)
                cancelled += 1
            except services.RegistrationError as error:
                refused.append(f"{session}: {error.messages[0]}")
        if cancelled:
            self.message_user(
                request,
                ngettext(
                    "%(count)d session cancelled; the people registered are being emailed.",
                    "%(count)d sessions cancelled; the people registered are being emailed.",
                    cancelled,
                )
                % {"count": cancelled},
                messages.SUCCESS,
            )
        for message in refused:
            self.message_user(request, message, messages.ERROR)
