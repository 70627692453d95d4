"""Content admin: the resources part. Editors keep the library current: the list shows what
needs review (not reviewed for a year) and which links are dead, a filter lists them, and an
action marks resources reviewed today. Files go through the form's checks and the service,
never straight to storage."""

from django.contrib import admin, messages
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..forms.resources import ResourceAdminForm
from ..models import Resource
from ..selectors.resources import review_due_before
from ..services import resources as services


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "needs_review"

    def lookups(self, request, model_admin):
        return [
            ("yes", _("Needs review (not reviewed for a year)")),
            ("no", _("Reviewed in the last year")),
        ]

    def queryset(self, request, queryset):
        cutoff = review_due_before(timezone.localdate())
        if self.value() == "yes":
            return queryset.filter(reviewed_on__lt=cutoff)
        if self.value() == "no":
            return queryset.filter(reviewed_on__gte=cutoff)
        return queryset


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    form = ResourceAdminForm
    list_display = [
        "title",
        "kind",
        "language",
        "region",
        "access",
        "status",
        "reviewed",
        "link",
    ]
    list_filter = [
        NeedsReviewFilter,
        "status",
        "access",
        "kind",
        "language",
        ("competencies", admin.RelatedOnlyFieldListFilter),
        "link_state",
        ("lhin", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["lhin"]
    search_fields = ["title", "title_fr", "summary", "summary_fr", "url", "file_name"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["competencies"]
    readonly_fields = [
        "current_file",
        "link_state",
        "link_checked_at",
        "link_error",
        "updated_by",
        "created_at",
        "updated_at",
    ]
    actions = ["mark_reviewed"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "title_fr", "slug", "summary", "summary_fr"]}),
        (_("Text"), {"fields": ["body", "body_fr"]}),
        (
            _("File and link"),
            {
                "fields": [
                    "current_file",
                    "upload",
                    "remove_file",
                    "url",
                    "link_state",
                    "link_checked_at",
                    "link_error",
                ]
            },
        ),
        (_("Who it serves"), {"fields": ["language", "lhin", "competencies"]}),
        (
            _("Publication"),
            {"fields": ["access", "status", "reviewed_on", "updated_by", "updated_at"]},
        ),
    ]

    def get_changeform_initial_data(self, request):
        return {"reviewed_on": timezone.localdate(), **super().get_changeform_initial_data(request)}

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "competencies":
            field.queryset = field.queryset.select_related("framework").order_by(
                "framework__name", "number"
            )
            field.label_from_instance = lambda c: f"{c.framework.display_name}: {c}"
        return field

    def save_model(self, request, obj, form, change) -> None:
        services.resource_save(
            resource=obj,
            actor=request.user,
            checked_file=form.checked_file,
            remove_file=bool(form.cleaned_data.get("remove_file")),
        )

    def delete_model(self, request, obj) -> None:
        services.resources_delete(resources=[obj], actor=request.user)

    def delete_queryset(self, request, queryset) -> None:
        services.resources_delete(resources=queryset, actor=request.user)

    @admin.display(description=_("region"), ordering="lhin__number")
    def region(self, resource: Resource) -> str:
        return resource.lhin.display_name if resource.lhin else _("Provincial")

    @admin.display(description=_("reviewed on"), ordering="reviewed_on")
    def reviewed(self, resource: Resource) -> str:
        day = date_format(resource.reviewed_on, "SHORT_DATE_FORMAT")
        if resource.reviewed_on < review_due_before(timezone.localdate()):
            return format_html("{} <strong>⚠ {}</strong>", day, _("Needs review"))
        return day

    @admin.display(description=_("link"), ordering="link_state")
    def link(self, resource: Resource) -> str:
        if not resource.url:
            return "—"
        if resource.link_state == Resource.LinkState.DEAD:
            return format_html(
                "<strong>⚠ {}</strong> ({})", resource.get_link_state_display(), resource.link_error
            )
        return resource.get_link_state_display()

    @admin.display(description=_("current file"))
    def current_file(self, resource: Resource) -> str:
        if not resource.file:
            return _("No file")
        return format_html(
            '<a href="{}">{}</a> ({}, {})',
            reverse("content:resource_download", args=[resource.slug]),
            resource.file_name,
            services.file_type_label(resource.file_type),
            filesizeformat(resource.file_size or 0),
        )

    @admin.action(description=_("Mark as reviewed today"), permissions=["change"])
    def mark_reviewed(self, request, queryset) -> None:
        count = services.resources_mark_reviewed(resources=queryset, actor=request.user)
        self.message_user(
            request,
            ngettext(
                "%(count)d resource marked as reviewed today.",
                "%(count)d resources marked as reviewed today.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
