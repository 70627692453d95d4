"""Governance documents with versions: the statements (mission, vision, values, principles), the
terms of reference of the network and of each body, and the policies.

A document is a name and a kind; what it says lives in its versions. A version is drafted,
may go out to consultation, is approved (becoming the current one and superseding the one
before), and is never edited after approval: a change is a new version.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField


class Document(Bilingual, models.Model):
    class Kind(models.TextChoices):
        MISSION = "mission", _("Mission")
        VISION = "vision", _("Vision")
        VALUES = "values", _("Values")
        PRINCIPLES = "principles", _("Guiding principles")
        TERMS_OF_REFERENCE = "terms_of_reference", _("Terms of reference")
        CODE_OF_CONDUCT = "code_of_conduct", _("Code of conduct")
        PRIVACY_POLICY = "privacy_policy", _("Privacy policy")
        COMPLAINT_POLICY = "complaint_policy", _("Complaint policy")
        POSITION_STATEMENT = "position_statement", _("Position statement")
        POLICY = "policy", _("Other policy")

    STATEMENT_KINDS = (Kind.MISSION, Kind.VISION, Kind.VALUES, Kind.PRINCIPLES)

    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["kind", "order", "title"]
        verbose_name = _("governance document")
        verbose_name_plural = _("governance documents")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("governance:document", args=[self.slug])

    @property
    def display_title(self) -> str:
        return self.localized("title")


class DocumentVersion(Bilingual, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CONSULTATION = "consultation", _("In consultation")
        APPROVED = "approved", _("Approved")
        SUPERSEDED = "superseded", _("Superseded")

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    body = RichTextField(_("text"))
    body_fr = RichTextField(_("text in French"))
    change_summary = models.CharField(
        _("what changed"),
        max_length=300,
        blank=True,
        help_text=_("One sentence for the list of versions, e.g. 'Adds a seat for families'."),
    )
    effective_date = models.DateField(_("effective from"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("drafted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("drafted"), auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approval_note = models.CharField(
        _("approval"),
        max_length=300,
        blank=True,
        help_text=_("Where it was approved, e.g. 'Board meeting of 12 March 2026, motion 3'."),
    )

    class Meta:
        ordering = ["document", "-number"]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="version_number_unique"),
            # One current version, and one out to consultation, per document.
            models.UniqueConstraint(
                fields=["document"],
                condition=Q(status="approved"),
                name="one_approved_version",
            ),
            models.UniqueConstraint(
                fields=["document"],
                condition=Q(status="consultation"),
                name="one_version_in_consultation",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["approved", "superseded"]) | Q(approved_at__isnull=False),
                name="approved_version_has_approval_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.document} v{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("governance:document_version", args=[self.document.slug, self.number])

    @property
    def display_body(self) -> str:
        return self.localized("body")

    @property
    def is_editable(self) -> bool:
        return self.status == self.Status.DRAFT
