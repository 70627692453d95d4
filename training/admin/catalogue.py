"""Training in the admin: the catalogue part. Content editors run topics and courses (with the
competencies each builds and its modules); publishing goes through the service so a course
without a competency never reaches the catalogue. The rating scales are reference data: read
only."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from network.admin import ReadOnlyAdmin

from ..models import Course, CourseCompetency, CourseModule, ScaleLevel, Topic
from ..services import catalogue as services


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "name_fr", "slug"]
    search_fields = ["name", "name_fr"]
    prepopulated_fields = {"slug": ["name"]}


class CourseCompetencyInline(admin.TabularInline):
    model = CourseCompetency
    extra = 1
    fields = ["competency", "depth"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "competency":
            field.queryset = field.queryset.select_related("framework")
            field.label_from_instance = lambda c: f"{c.framework.display_name}: {c}"
        return field


class CourseModuleInline(admin.StackedInline):
    model = CourseModule
    extra = 0
    fields = ["order", "title", "title_fr", "summary", "summary_fr", "competencies"]
    filter_horizontal = ["competencies"]


@admin.register(Course)
class CourseAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "format", "language", "cost", "is_published"]
    list_filter = ["is_published", "kind", "format", "language", "addiction_specific"]
    list_select_related = ["provider"]
    search_fields = ["title", "title_fr", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["lhins", "topics"]
    readonly_fields = ["is_published", "created_at", "updated_at"]
    inlines = [CourseCompetencyInline, CourseModuleInline]
    actions = ["publish_selected", "unpublish_selected"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "title_fr", "slug", "summary", "summary_fr"]}),
        (_("Description"), {"fields": ["description", "description_fr"]}),
        (
            _("Practicalities"),
            {
                "fields": [
                    "provider",
                    "provider_name",
                    "format",
                    "language",
                    "duration_hours",
                    "cost",
                    "audiences",
                    "addiction_specific",
                    "lhins",
                    "topics",
                ]
            },
        ),
        (_("Publication"), {"fields": ["is_published", "created_at", "updated_at"]}),
    ]

    @admin.action(description=_("Publish the selected courses in the catalogue"))
    def publish_selected(self, request, queryset) -> None:
        self._publish(request, queryset, published=True)

    @admin.action(description=_("Take the selected courses out of the catalogue"))
    def unpublish_selected(self, request, queryset) -> None:
        self._publish(request, queryset, published=False)

    def _publish(self, request, queryset, *, published: bool) -> None:
        done = 0
        for course in queryset:
            try:
                services.course_publish(actor=request.user, course=course, published=published)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d course updated.", "%(count)d courses updated.", done)
                % {"count": done},
                messages.SUCCESS,
            )


@admin.register(ScaleLevel)
class ScaleLevelAdmin(ReadOnlyAdmin):
    """Reference data loaded by migration (training.reference): a change goes through review."""

    list_display = ["framework", "value", "label", "label_fr"]
    list_display_links = ["value", "label"]
    list_filter = ["framework"]
    list_select_related = ["framework"]
    fields = ["framework", "value", "label", "label_fr", "descriptor", "descriptor_fr"]
