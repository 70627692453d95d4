"""Content admin: the jobs part. Content editors and network administrators post roles; a
posting leaves the public list by itself after its closing date."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import JobPosting
from ..selectors.jobs import toronto_today
from ..services import jobs as services


@admin.register(JobPosting)
class JobPostingAdmin(admin.ModelAdmin):
    list_display = [
        "role",
        "organization",
        "lhin",
        "pay",
        "closes_on",
        "is_open",
        "status",
        "access",
    ]
    list_filter = ["status", "pay", "access", ("lhin", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["lhin"]
    search_fields = ["role", "role_fr", "organization"]
    date_hierarchy = "closes_on"
    prepopulated_fields = {"slug": ["role"]}
    fieldsets = [
        (None, {"fields": ["role", "role_fr", "slug", "organization"]}),
        (
            _("The role"),
            {"fields": ["lhin", "pay", "hours", "hours_fr", "description", "description_fr"]},
        ),
        (_("Applying"), {"fields": ["how_to_apply", "how_to_apply_fr", "closes_on"]}),
        (_("Publishing"), {"fields": ["status", "access"]}),
    ]

    @admin.display(description=_("open"), boolean=True, ordering="closes_on")
    def is_open(self, obj: JobPosting) -> bool:
        return obj.closes_on >= toronto_today()

    def save_model(self, request, obj, form, change) -> None:
        services.job_save(job=obj, editor=request.user)

    def delete_model(self, request, obj) -> None:
        services.job_delete(job=obj, editor=request.user)

    def delete_queryset(self, request, queryset) -> None:
        for job in queryset:
            services.job_delete(job=job, editor=request.user)
