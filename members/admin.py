from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from .models import User


class UserCreationAdminForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "display_name")


class UserChangeAdminForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """People. The password is never shown; roles are granted as groups."""

    form = UserChangeAdminForm
    add_form = UserCreationAdminForm
    ordering = ["display_name"]
    list_display = ["display_name", "email", "is_active", "date_joined", "last_login"]
    list_filter = ["is_active", "is_superuser", "groups"]
    search_fields = ["display_name", "email"]
    readonly_fields = ["date_joined", "last_login"]
    filter_horizontal = ["groups"]
    fieldsets = [
        (None, {"fields": ["email", "display_name", "password", "preferred_language"]}),
        (_("Access"), {"fields": ["is_active", "is_superuser", "groups"]}),
        (_("Dates"), {"fields": ["date_joined", "last_login"]}),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["email", "display_name", "usable_password", "password1", "password2"],
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            # Only a superuser makes another superuser or changes roles wholesale.
            fields += ["is_superuser", "groups"]
        return fields
