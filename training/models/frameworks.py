"""Competency frameworks for peer support work.

Minimal for now: the frameworks and their numbered competencies, reference data loaded by a
migration (`training.reference`). The training issue builds the catalogue and the
self-assessment on them; governance's peer roles matrix points at them already.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual


class Framework(Bilingual, models.Model):
    """A set of competencies, e.g. the six core competencies of the Training Expert Panel."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("Where the framework comes from.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("competency framework")
        verbose_name_plural = _("competency frameworks")

    def __str__(self) -> str:
        return self.localized("name")

    @property
    def display_name(self) -> str:
        return self.localized("name")


class Competency(Bilingual, models.Model):
    framework = models.ForeignKey(
        Framework,
        verbose_name=_("framework"),
        on_delete=models.PROTECT,
        related_name="competencies",
    )
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("name"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)

    class Meta:
        ordering = ["framework", "number"]
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        constraints = [
            models.UniqueConstraint(fields=["framework", "number"], name="competency_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.localized('name')}"

    @property
    def display_name(self) -> str:
        return self.localized("name")

    @property
    def display_description(self) -> str:
        return self.localized("description")


class ScaleLevel(Bilingual, models.Model):
    """One level of a framework's rating scale, with what it looks like in practice: a person
    rates themself by reading the descriptors, not by picking a number."""

    framework = models.ForeignKey(
        Framework, verbose_name=_("framework"), on_delete=models.CASCADE, related_name="levels"
    )
    value = models.PositiveSmallIntegerField(_("value"))
    label = models.CharField(_("label"), max_length=80)
    label_fr = models.CharField(_("label in French"), max_length=80, blank=True)
    descriptor = models.TextField(_("descriptor"))
    descriptor_fr = models.TextField(_("descriptor in French"), blank=True)

    class Meta:
        ordering = ["framework", "value"]
        verbose_name = _("rating scale level")
        verbose_name_plural = _("rating scale levels")
        constraints = [
            models.UniqueConstraint(fields=["framework", "value"], name="scale_level_value_unique")
        ]

    def __str__(self) -> str:
        return f"{self.value}. {self.label}"

    @property
    def display_label(self) -> str:
        return self.localized("label")

    @property
    def display_descriptor(self) -> str:
        return self.localized("descriptor")
