"""Governance in the admin: the registry part.

Peer roles and partners belong to governance members (partners to the network administrator
too). An LHIN's engagement strategy and log are kept by the coordinators of that LHIN only and
by the network administrator; governance members read them all. As for membership
(members.admin.LHINScopedAdmin), a coordinator finds another LHIN's rows missing: 404.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from members.admin import LHINScopedAdmin
from network import roles
from network.services import audit_record

from ..models import EngagementActivity, LHINEngagementStrategy, Partner, PeerRole
from ..selectors.registry import lhins_managed_by
from ..services import registry as services


@admin.register(PeerRole)
class PeerRoleAdmin(admin.ModelAdmin):
    list_display = ["name", "name_fr", "order"]
    list_editable = ["order"]
    search_fields = ["name", "name_fr"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "name_fr", "slug", "order"]}),
        (_("Description"), {"fields": ["description", "description_fr"]}),
        (
            _("Scope of practice"),
            {"fields": ["in_scope", "in_scope_fr", "out_of_scope", "out_of_scope_fr"]},
        ),
        (_("Competencies"), {"fields": ["competencies"]}),
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "competencies":
            kwargs["widget"] = forms.CheckboxSelectMultiple
            kwargs["queryset"] = db_field.related_model.objects.select_related("framework")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action="peer_role.change" if change else "peer_role.add",
            target=obj,
        )


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "status", "agreement_start", "agreement_end"]
    list_filter = ["status", "kind", ("lhins", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "name_fr"]
    filter_horizontal = ["lhins"]
    fieldsets = [
        (None, {"fields": ["name", "name_fr", "kind", "status", "website"]}),
        (_("Description"), {"fields": ["description", "description_fr"]}),
        (_("Where and when"), {"fields": ["lhins", "agreement_start", "agreement_end"]}),
        (
            _("Contact (private: never shown on the site)"),
            {"fields": ["contact_name", "contact_email"]},
        ),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "website":
            kwargs["assume_scheme"] = "https"  # an address typed without a scheme
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change) -> None:
        services.partner_save(partner=obj, actor=request.user)


class LHINEngagementAdmin(LHINScopedAdmin):
    """The rows of the LHINs one keeps; governance members read every LHIN's.

    Anyone else with the permission (a coordinator of another LHIN) gets 404 for a row, as if it
    did not exist, never a hint that it does.
    """

    def get_queryset(self, request):
        queryset = admin.ModelAdmin.get_queryset(self, request).select_related("lhin")
        if roles.has_role(request.user, roles.GOVERNANCE_MEMBER):
            return queryset
        return queryset.filter(lhin__in=lhins_managed_by(request.user))

    def get_object(self, request, object_id, from_field=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def _keeps(self, request, obj) -> bool:
        return obj is None or lhins_managed_by(request.user).filter(pk=obj.lhin_id).exists()

    def has_add_permission(self, request) -> bool:
        return admin.ModelAdmin.has_add_permission(self, request)

    def has_change_permission(self, request, obj=None) -> bool:
        return super().has_change_permission(request, obj) and self._keeps(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return admin.ModelAdmin.has_delete_permission(self, request, obj) and self._keeps(
            request, obj
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "lhin":
            kwargs["queryset"] = lhins_managed_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(LHINEngagementStrategy)
class LHINEngagementStrategyAdmin(LHINEngagementAdmin):
    list_display = ["lhin", "review_by", "updated_at", "updated_by"]
    list_filter = [LHINScopedAdmin.list_filter_lhin]
    list_select_related = ["lhin", "updated_by"]
    fields = ["lhin", "strategy", "strategy_fr", "review_by", "updated_at", "updated_by"]
    readonly_fields = ["updated_at", "updated_by"]

    def get_readonly_fields(self, request, obj=None):
        # The LHIN of a strategy is fixed once written: a strategy is unique to its LHIN.
        return [*self.readonly_fields, "lhin"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change) -> None:
        services.engagement_strategy_save(strategy=obj, actor=request.user)


@admin.register(EngagementActivity)
class EngagementActivityAdmin(LHINEngagementAdmin):
    list_display = ["date", "lhin", "kind", "people_reached", "recorded_by"]
    list_filter = ["kind", LHINScopedAdmin.list_filter_lhin]
    list_select_related = ["lhin", "recorded_by"]
    date_hierarchy = "date"
    fields = ["lhin", "date", "kind", "description", "people_reached", "recorded_by"]
    readonly_fields = ["recorded_by"]

    def save_model(self, request, obj, form, change) -> None:
        services.engagement_activity_save(activity=obj, actor=request.user)
