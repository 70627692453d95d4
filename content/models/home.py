"""The home page's editable parts: the hero picture (with its description) and the welcome."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual

__all__ = ["HomePage", "hero_image_path"]


def hero_image_path(instance: "HomePage", filename: str) -> str:
    return f"home/{uuid.uuid4().hex}.jpg"


class HomePage(Bilingual, models.Model):
    """One row: the home page's hero. Editors change it in the admin."""

    headline = models.CharField(_("headline"), max_length=150)
    headline_fr = models.CharField(_("headline in French"), max_length=150, blank=True)
    introduction = models.TextField(_("introduction"), max_length=600)
    introduction_fr = models.TextField(_("introduction in French"), max_length=600, blank=True)
    hero_image = models.ImageField(_("hero picture"), upload_to=hero_image_path, blank=True)
    hero_image_alt = models.CharField(
        _("picture description"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it. Required with a picture."
        ),
    )
    hero_image_alt_fr = models.CharField(
        _("picture description in French"), max_length=250, blank=True
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home page")

    def __str__(self) -> str:
        return str(_("Home page"))

    def clean(self) -> None:
        # A picture nobody can describe is a picture some people cannot see.
        if self.hero_image and not self.hero_image_alt.strip():
            raise ValidationError(
                {
                    "hero_image_alt": _(
                        "Please describe the picture for people who cannot see it (in English; "
                        "the French description is optional)."
                    )
                },
                code="required_with_picture",
            )

    @property
    def display_headline(self) -> str:
        return self.localized("headline")

    @property
    def display_introduction(self) -> str:
        return self.localized("introduction")

    @property
    def display_hero_image_alt(self) -> str:
        return self.localized("hero_image_alt")
