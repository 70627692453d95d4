"""Forums admin: the moderation part (categories and their moderators, watched phrases,
distress flags, reports and the log).

Content editors and network administrators keep the categories and the watched phrases.
Moderators are granted per category (django-guardian `forums.moderate_category`), only to people
holding the forum moderator role. Distress flags, reports and the log are read-only records for
network administrators: moderators act on them on the moderation pages, never here.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from guardian.shortcuts import assign_perm, remove_perm

from members.models import User
from network import roles
from network.services import audit_record

from ..models import Category, DistressFlag, ModerationAction, Report, Rule, WatchedPhrase
from ..models.categories import RULE_WIDTH
from ..selectors.access import MODERATE, moderators_of

PERMISSION = f"forums.{MODERATE}"


def _moderator_candidates():
    return User.objects.filter(
        groups__name=roles.FORUM_MODERATOR.group_name, is_active=True, closed_at__isnull=True
    ).distinct()


class CategoryForm(forms.ModelForm):
    moderators = forms.ModelMultipleChoiceField(
        label=_("Moderators"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only people holding the forum moderator role can be chosen."),
    )

    class Meta:
        model = Category
        fields = [
            "name",
            "name_fr",
            "slug",
            "description",
            "description_fr",
            "order",
            "read_rule",
            "write_rule",
            "lhin",
            "hold_first_posts",
            "is_active",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["moderators"].queryset = _moderator_candidates()
        self.fields["moderators"].label_from_instance = lambda person: person.display_name
        if self.instance.pk:
            self.initial["moderators"] = list(moderators_of(self.instance))

    def clean(self):
        cleaned = super().clean()
        read_rule, write_rule = cleaned.get("read_rule"), cleaned.get("write_rule")
        lhin = cleaned.get("lhin")
        if Rule.LHIN_MEMBERS in (read_rule, write_rule) and lhin is None:
            self.add_error("lhin", _("Choose the LHIN whose members this category is for."))
        if (
            read_rule
            and write_rule
            and write_rule != read_rule
            and RULE_WIDTH[write_rule] >= RULE_WIDTH[read_rule]
        ):
            self.add_error(
                "write_rule",
                _(
                    "Who may write cannot be wider than who may read: choose the same rule or "
                    "a narrower one."
                ),
            )
        return cleaned


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    form = CategoryForm
    list_display = [
        "name",
        "order",
        "read_rule",
        "write_rule",
        "lhin",
        "hold_first_posts",
        "is_active",
    ]
    list_editable = ["order"]
    list_filter = ["read_rule", "write_rule", "is_active"]
    search_fields = ["name", "name_fr", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    ordering = ["order", "name"]
    fieldsets = [
        (None, {"fields": ["name", "name_fr", "slug", "description", "description_fr", "order"]}),
        (_("Who may read and write"), {"fields": ["read_rule", "write_rule", "lhin"]}),
        (_("Moderation"), {"fields": ["hold_first_posts", "is_active", "moderators"]}),
    ]

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        category = form.instance
        chosen = set(form.cleaned_data.get("moderators") or ())
        current = set(moderators_of(category))
        for person in chosen - current:
            assign_perm(PERMISSION, person, category)
        for person in current - chosen:
            remove_perm(PERMISSION, person, category)
        if chosen != current:
            audit_record(
                actor=request.user,
                action="forums.moderators.change",
                target=category,
                added=sorted(p.pk for p in chosen - current),
                removed=sorted(p.pk for p in current - chosen),
            )


@admin.register(WatchedPhrase)
class WatchedPhraseAdmin(admin.ModelAdmin):
    """Words that can mean someone is in distress, in English and French. Matched as whole words,
    ignoring case and accents, in every post that becomes visible."""

    list_display = ["phrase", "language", "is_active", "created_at"]
    list_filter = ["language", "is_active"]
    search_fields = ["phrase"]
    fields = ["phrase", "language", "is_active"]


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(DistressFlag)
class DistressFlagAdmin(_ReadOnly):
    list_display = ["created_at", "post", "source", "notified_at", "first_response_at"]
    list_filter = ["source"]
    list_select_related = ["post__thread"]
    fields = [
        "post",
        "source",
        "report",
        "phrase",
        "created_at",
        "notified_at",
        "first_response_at",
        "first_responder",
    ]
    readonly_fields = fields


@admin.register(Report)
class ReportAdmin(_ReadOnly):
    list_display = ["created_at", "post", "reason", "status", "handled_at"]
    list_filter = ["reason", "status"]
    list_select_related = ["post__thread"]
    fields = [
        "post",
        "reporter",
        "reason",
        "note",
        "status",
        "created_at",
        "handled_at",
        "handled_by",
    ]
    readonly_fields = fields


@admin.register(ModerationAction)
class ModerationActionAdmin(_ReadOnly):
    list_display = ["created_at", "category", "kind", "moderator", "thread", "post"]
    list_filter = ["kind", "category"]
    list_select_related = ["category", "moderator", "thread", "post__thread"]
    fields = ["created_at", "category", "moderator", "kind", "thread", "post", "member", "note"]
    readonly_fields = fields
