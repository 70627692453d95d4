"""Content admin: the events part. Content editors and network administrators write events;
the model's clean() refuses an end before the start and an event with neither a place nor an
online link (a message on the field, 400), and saving goes through content.services.events.
Cancelled events stay listed, marked "Cancelled", so nobody mistakes them for deleted ones."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Event
from ..services import events as services


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # typed without a scheme
    list_display = [
        "title",
        "starts_at",
        "region",
        "is_conference",
        "state",
        "access",
    ]
    list_filter = ["status", "access", "is_conference", "cancelled", "lhin"]
    list_select_related = ["lhin"]
    search_fields = ["title", "title_fr", "summary", "place"]
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at", "updated_by"]
    actions = ["cancel_selected"]
    fieldsets = [
        (None, {"fields": ["title", "title_fr", "slug", "summary", "summary_fr"]}),
        (_("When"), {"fields": [("starts_at", "ends_at")]}),
        (_("Where"), {"fields": ["place", "online_url", "lhin"]}),
        (_("Who it is for"), {"fields": ["audiences", "is_conference", "registration_url"]}),
        (_("Description"), {"fields": ["description", "description_fr"]}),
        (
            _("Publication"),
            {"fields": ["status", "access", "cancelled", "created_at", "updated_at", "updated_by"]},
        ),
    ]

    @admin.display(description=_("LHIN"), ordering="lhin__number")
    def region(self, event: Event) -> str:
        return str(event.lhin) if event.lhin else _("Provincial")

    @admin.display(description=_("status"), ordering="status")
    def state(self, event: Event) -> str:
        if event.cancelled:
            return format_html("<strong>{}</strong>", _("Cancelled"))
        return event.get_status_display()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "audiences":  # ticked, not typed with commas
            return forms.MultipleChoiceField(
                label=db_field.verbose_name,
                choices=Event.Audience.choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                help_text=_("Leave all unticked for an event open to everyone."),
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        services.event_save(event=obj, actor=request.user, changed=form.changed_data)

    @admin.action(description=_("Mark the selected events as cancelled"), permissions=["change"])
    def cancel_selected(self, request, queryset) -> None:
        cancelled = sum(
            services.event_cancel(event=event, actor=request.user) for event in queryset
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d event marked as cancelled; it stays listed, marked “Cancelled”.",
                "%(count)d events marked as cancelled; they stay listed, marked “Cancelled”.",
                cancelled,
            )
            % {"count": cancelled},
            messages.SUCCESS,
        )
