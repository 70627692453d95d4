"""Forum categories: who may read and who may write each one, and its moderators (granted per
category with django-guardian)."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from network.models import Bilingual

__all__ = [
    "Category",
    "CategoryGroupObjectPermission",
    "CategoryUserObjectPermission",
    "Rule",
]


class Rule(models.TextChoices):
    """Who a category is for. Each is a set of people; a category names one for reading and one
    for writing (writing never wider than reading: `Category.clean`)."""

    MEMBERS = "members", _("All members")
    FULL_MEMBERS = "full_members", _("Full members only (peer-only space)")
    LHIN_MEMBERS = "lhin_members", _("Members of one LHIN")
    GOVERNANCE = "governance", _("Governance members")


# How wide each rule is: a writing rule must be at most as wide as the reading rule.
RULE_WIDTH = {
    Rule.MEMBERS: 3,
    Rule.FULL_MEMBERS: 2,
    Rule.LHIN_MEMBERS: 1,
    Rule.GOVERNANCE: 1,
}


class Category(Bilingual, models.Model):
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    name_fr = models.CharField(_("name in French"), max_length=120, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    description_fr = models.CharField(_("description in French"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    read_rule = models.CharField(
        _("who may read"), max_length=14, choices=Rule.choices, default=Rule.MEMBERS
    )
    write_rule = models.CharField(
        _("who may write"), max_length=14, choices=Rule.choices, default=Rule.MEMBERS
    )
    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="forum_categories",
        help_text=_("Only for “Members of one LHIN”."),
    )
    hold_first_posts = models.BooleanField(
        _("hold new members' first posts for approval"),
        default=True,
        help_text=_("A member's first post in the forums waits for a moderator here."),
    )
    is_active = models.BooleanField(_("open"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")
        permissions = [("moderate_category", _("Moderate this forum category"))]
        constraints = [
            models.CheckConstraint(
                condition=(
                    (~Q(read_rule=Rule.LHIN_MEMBERS) & ~Q(write_rule=Rule.LHIN_MEMBERS))
                    | Q(lhin__isnull=False)
                ),
                name="forum_category_lhin_rule_names_an_lhin",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forums:category", args=[self.slug])

    @property
    def display_name(self) -> str:
        return self.localized("name")

    @property
    def display_description(self) -> str:
        return self.localized("description")


class CategoryUserObjectPermission(UserObjectPermissionBase):
    """Direct foreign-key grant (django-guardian): a moderator of one category."""

    content_object = models.ForeignKey(Category, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("forum category permission of a person")
        verbose_name_plural = _("forum category permissions of people")


class CategoryGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Category, on_delete=models.CASCADE)

    class Meta(GroupObjectPermissionBase.Meta):
        verbose_name = _("forum category permission of a group")
        verbose_name_plural = _("forum category permissions of groups")
