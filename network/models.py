"""What is network-wide: the LHIN regions, the crisis and warm lines, and outgoing email."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase


class Bilingual:
    """Models with `<field>` (English) and `<field>_fr` columns answer in the active language."""

    def localized(self, field: str) -> str:
        if (get_language() or "").startswith("fr"):
            french = getattr(self, f"{field}_fr", "")
            if french:
                return french
        return getattr(self, field)


class OntarioHealthRegion(models.TextChoices):
    """Since 2021 the LHINs sit inside Ontario Health's six regions."""

    WEST = "west", _("West")
    CENTRAL = "central", _("Central")
    TORONTO = "toronto", _("Toronto")
    EAST = "east", _("East")
    NORTH_EAST = "north_east", _("North East")
    NORTH_WEST = "north_west", _("North West")


class LHIN(Bilingual, models.Model):
    """One of Ontario's 14 Local Health Integration Networks (reference data, from a migration)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name (English)"), max_length=100, unique=True)
    name_fr = models.CharField(_("name (French)"), max_length=100, unique=True)
    ontario_health_region = models.CharField(
        _("Ontario Health region"), max_length=20, choices=OntarioHealthRegion.choices
    )
    areas = models.TextField(
        _("areas covered (English)"),
        help_text=_("Roughly which places the LHIN covers, to help a person find theirs."),
    )
    areas_fr = models.TextField(_("areas covered (French)"))

    class Meta:
        ordering = ["number"]
        verbose_name = _("LHIN")
        verbose_name_plural = _("LHINs")
        permissions = [("coordinate_lhin", _("Coordinate the LHIN's membership and engagement"))]

    def __str__(self) -> str:
        return f"{self.number}. {self.localized('name')}"

    @property
    def display_name(self) -> str:
        return self.localized("name")

    @property
    def display_areas(self) -> str:
        return self.localized("areas")


class LHINUserObjectPermission(UserObjectPermissionBase):
    """Direct foreign-key grant (django-guardian), e.g. a coordinator of one LHIN."""

    content_object = models.ForeignKey(LHIN, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("LHIN permission of a person")
        verbose_name_plural = _("LHIN permissions of people")


class LHINGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(LHIN, on_delete=models.CASCADE)

    class Meta(GroupObjectPermissionBase.Meta):
        verbose_name = _("LHIN permission of a group")
        verbose_name_plural = _("LHIN permissions of groups")


class CrisisLine(Bilingual, models.Model):
    """A crisis or warm line shown on the "Need support now?" page; edited in the admin."""

    name = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    description = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    phone = models.CharField(
        _("phone number"), max_length=40, blank=True, help_text=_("As people should dial it.")
    )
    text_number = models.CharField(
        _("text (SMS) number"),
        max_length=40,
        blank=True,
        help_text=_("Leave empty when the line takes no text messages."),
    )
    website = models.URLField(_("website"), blank=True)
    hours = models.CharField(_("hours (English)"), max_length=120, blank=True)
    hours_fr = models.CharField(_("hours (French)"), max_length=120, blank=True)
    is_crisis_line = models.BooleanField(
        _("crisis line"),
        default=True,
        help_text=_("Crisis lines are listed first; untick for a warm (peer, non-crisis) line."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)

    class Meta:
        ordering = ["-is_crisis_line", "order", "name"]
        verbose_name = _("crisis or warm line")
        verbose_name_plural = _("crisis and warm lines")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(phone="", text_number="", website=""),
                name="crisisline_has_a_way_to_reach_it",
                violation_error_message=_(
                    "Give at least a phone number, a text number or a website."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.localized("name")

    @property
    def display_description(self) -> str:
        return self.localized("description")

    @property
    def display_hours(self) -> str:
        return self.localized("hours")

    @property
    def phone_href(self) -> str:
        """`tel:` link target: digits only, so a phone dials it from a tap."""
        return "".join(ch for ch in self.phone if ch.isdigit())

    @property
    def text_href(self) -> str:
        return "".join(ch for ch in self.text_number if ch.isdigit())


class OutboundEmail(models.Model):
    """An email waiting to be sent by a worker, so a request never waits on the mail server.

    The row makes sending idempotent: a worker claims it by moving it from QUEUED to SENDING in
    one conditional UPDATE, so two workers never send it twice. Once sent, the body (which may
    hold a sign-in or reset link) is erased; the record of who was sent what subject remains.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    to = ArrayField(models.EmailField(), verbose_name=_("to"))
    from_email = models.CharField(_("from"), max_length=254)
    subject = models.CharField(_("subject"), max_length=255)
    body_text = models.TextField(_("text body"), blank=True)
    body_html = models.TextField(_("HTML body"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    erase_recipient = models.BooleanField(
        _("erase the recipient once sent"),
        default=False,
        help_text=_("For the last email to a closed account: its address is not kept."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return self.subject


class AuditEntry(models.Model):
    """Who did what to which record, and when: written by services, read in the admin."""

    actor = models.ForeignKey(
        "members.User",
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("action"), max_length=80)
    target_type = models.ForeignKey(
        "contenttypes.ContentType",
        verbose_name=_("target type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_id = models.CharField(_("target id"), max_length=64, blank=True)
    target_repr = models.CharField(_("target"), max_length=200, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        indexes = [models.Index(fields=["target_type", "target_id"])]

    def __str__(self) -> str:
        return f"{self.action} {self.target_repr}"
