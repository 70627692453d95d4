"""Content admin: the home part (the home page's hero: one row, never deleted)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..forms.home import HomePageAdminForm
from ..models import HomePage
from ..services.home import home_page_save


@admin.register(HomePage)
class HomePageAdmin(admin.ModelAdmin):
    form = HomePageAdminForm
    list_display = ["__str__", "headline", "updated_at", "updated_by"]
    list_select_related = ["updated_by"]
    readonly_fields = ["updated_at", "updated_by"]
    fieldsets = [
        (_("Welcome"), {"fields": ["headline", "headline_fr", "introduction", "introduction_fr"]}),
        (
            _("Picture"),
            {
                "fields": ["hero_image", "hero_image_alt", "hero_image_alt_fr"],
                "description": _(
                    "Optional. With a picture, its description is required: screen readers "
                    "read it to people who cannot see the picture."
                ),
            },
        ),
        (_("Changes"), {"fields": ["updated_at", "updated_by"]}),
    ]

    def has_add_permission(self, request) -> bool:
        # One row: once it exists there is nothing to add. Asked only on this model's own admin
        # pages, so every other admin page (whose sidebar asks each model) costs no query.
        if not super().has_add_permission(request):
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or not (match.url_name or "").startswith("content_homepage_"):
            return True
        return not HomePage.objects.exists()

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # the home page always has its hero; edit it instead

    def save_model(self, request, obj, form, change) -> None:
        home_page_save(home=obj, actor=request.user)
