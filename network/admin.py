from django import forms
from django.contrib import admin
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from members.models import User

from . import roles, selectors, services
from .models import LHIN, AuditEntry, CrisisLine, OutboundEmail


class LHINAdminForm(forms.ModelForm):
    coordinators = forms.ModelMultipleChoiceField(
        label=_("Coordinators"),
        queryset=User.objects.filter(is_active=True),
        required=False,
        widget=admin.widgets.FilteredSelectMultiple(_("people"), is_stacked=False),
        help_text=_("Coordinators review membership and track engagement for this LHIN only."),
    )

    class Meta:
        model = LHIN
        fields = ["ontario_health_region", "name", "name_fr", "areas", "areas_fr"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "coordinators" in self.fields:
            self.fields["coordinators"].initial = list(selectors.coordinators_of(self.instance))


@admin.register(LHIN)
class LHINAdmin(admin.ModelAdmin):
    form = LHINAdminForm
    list_display = ["number", "name", "name_fr", "ontario_health_region"]
    list_filter = ["ontario_health_region"]
    search_fields = ["name", "name_fr", "areas", "areas_fr"]
    readonly_fields = ["number", "slug"]

    def has_add_permission(self, request) -> bool:
        return False  # the 14 LHINs are reference data

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if not roles.has_role(request.user, roles.NETWORK_ADMINISTRATOR) and (
            not request.user.is_superuser
        ):
            form.base_fields.pop("coordinators", None)
        return form

    @transaction.atomic
    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if "coordinators" not in form.cleaned_data:
            return
        wanted = set(form.cleaned_data["coordinators"])
        current = set(selectors.coordinators_of(obj))
        for user in wanted - current:
            services.lhin_coordinator_grant(lhin=obj, user=user, actor=request.user)
        for user in current - wanted:
            services.lhin_coordinator_revoke(lhin=obj, user=user, actor=request.user)


class CrisisLineListForm(forms.ModelForm):
    """The fields editable in the list, each labelled with its line for screen readers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["aria-label"] = _("%(field)s of %(line)s") % {
                "field": field.label,
                "line": self.instance.name,
            }


@admin.register(CrisisLine)
class CrisisLineAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ["name", "phone", "text_number", "is_crisis_line", "order", "is_published"]
    list_editable = ["order", "is_published"]

    def get_changelist_form(self, request, **kwargs):
        kwargs.setdefault("form", CrisisLineListForm)
        return super().get_changelist_form(request, **kwargs)

    list_filter = ["is_crisis_line", "is_published"]
    search_fields = ["name", "name_fr", "description"]
    fieldsets = [
        (None, {"fields": ["name", "name_fr", "description", "description_fr"]}),
        (
            _("How to reach it"),
            {"fields": ["phone", "text_number", "website", "hours", "hours_fr"]},
        ),
        (_("Listing"), {"fields": ["is_crisis_line", "order", "is_published"]}),
    ]


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(OutboundEmail)
class OutboundEmailAdmin(ReadOnlyAdmin):
    list_display = ["subject", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    date_hierarchy = "created_at"
    exclude = ["body_text", "body_html"]  # may hold sign-in links; never shown


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "actor", "action", "target_type", "target_repr"]
    list_filter = ["action", "target_type"]
    list_select_related = ["actor", "target_type"]
    date_hierarchy = "created_at"
    search_fields = ["action", "target_repr"]
