"""Competency frameworks in the admin: read only.

They are reference data loaded by migration (training.reference), so a change goes through
code review and a migration, not a form; people who link peer roles to competencies read them
here.
"""

from django.contrib import admin

from network.admin import ReadOnlyAdmin

from ..models import Competency, Framework


class CompetencyInline(admin.TabularInline):
    model = Competency
    fields = ["number", "name", "name_fr"]
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Framework)
class FrameworkAdmin(ReadOnlyAdmin):
    list_display = ["name", "slug", "source"]
    fields = ["slug", "name", "name_fr", "source"]
    inlines = [CompetencyInline]


@admin.register(Competency)
class CompetencyAdmin(ReadOnlyAdmin):
    list_display = ["number", "name", "framework"]
    list_display_links = ["number", "name"]
    list_filter = ["framework"]
    list_select_related = ["framework"]
    search_fields = ["name", "name_fr"]
    fields = ["framework", "number", "name", "name_fr", "description", "description_fr"]
