"""Speakers' bureau: applications and the speakers they become.

One `Speaker` row per person holds the application and, once approved, the speaker's profile:
draft → submitted → in review → conversation scheduled → approved / declined / withdrawn. An
approved speaker is active until they pause themselves (no reason asked) and can resume at will.

What the public may see is only what the speaker consented to publish, field by field
(`show_*`). References, accessibility needs, the monthly limit and the honorarium preference are
private to the speaker and the people vetting or matching them. The safety plan is the speaker's
alone: nobody else, reviewers and coordinators included, ever reads it; they see only that one
exists (`Speaker.has_safety_plan`).
"""

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from members.models import languages_field
from network.models import LHIN, Bilingual

__all__ = [
    "Audience",
    "Format",
    "HonorariumPreference",
    "SafetyPlan",
    "Speaker",
    "SpeakerGroupObjectPermission",
    "SpeakerStatusChange",
    "SpeakerUserObjectPermission",
    "Topic",
    "Travel",
]

# An engagement a month is the usual pace; more than this is a job, not a bureau.
MONTHLY_LIMIT_MAXIMUM = 10


class Format(models.TextChoices):
    """How a speaker speaks (the communications panel's settings, and the common others)."""

    ROUNDTABLE = "roundtable", _("Policy roundtable")
    ONE_TO_ONE = "one_to_one", _("One to one")
    MEDIA = "media", _("Media interview")
    PANEL = "panel", _("Panel or conference")
    CLASSROOM = "classroom", _("Training or classroom")
    COMMUNITY = "community", _("Community event")


class Audience(models.TextChoices):
    POLICY = "policy", _("Policy makers and funders")
    PROVIDERS = "providers", _("Health and social service providers")
    STUDENTS = "students", _("Students")
    PEERS = "peers", _("People with lived experience")
    FAMILIES = "families", _("Families and friends")
    COMMUNITY = "community", _("The general public")
    MEDIA = "media", _("Journalists and media")
    YOUTH = "youth", _("Youth")


class Travel(models.TextChoices):
    ONLINE = "online", _("Online only")
    LOCAL = "local", _("Within my LHIN")
    REGION = "region", _("Within the LHINs I serve")
    ONTARIO = "ontario", _("Anywhere in Ontario")


class HonorariumPreference(models.TextChoices):
    ACCEPT = "accept", _("I accept honoraria")
    DECIDE = "decide", _("I decide each time")
    VOLUNTEER = "volunteer", _("I speak as a volunteer (no honorarium)")


class Topic(Bilingual, models.Model):
    """A subject speakers speak about; the list is data coordinators keep in the admin."""

    slug = models.SlugField(_("address"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    name_fr = models.CharField(_("name in French"), max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active topics are offered in forms.")
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("speaking topic")
        verbose_name_plural = _("speaking topics")

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.localized("name")


def speaker_photo_path(instance: "Speaker", filename: str) -> str:
    # A fresh random name each time: the old address of a replaced photo leads nowhere.
    return f"speakers/photos/{uuid.uuid4().hex}.jpg"


class SpeakerQuerySet(models.QuerySet):
    def active(self) -> "SpeakerQuerySet":
        """Approved and not paused: may be offered to requests."""
        return self.filter(status=Speaker.Status.APPROVED, paused_at__isnull=True)

    def listed(self) -> "SpeakerQuerySet":
        """Active and consenting to the public directory."""
        return self.active().filter(listed=True)


class Speaker(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        IN_REVIEW = "in_review", _("In review")
        CONVERSATION = "conversation", _("Conversation scheduled")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    # States in which the applicant may still edit the application and withdraw it.
    EDITABLE = (Status.DRAFT,)
    OPEN = (Status.SUBMITTED, Status.IN_REVIEW, Status.CONVERSATION)

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="speaker",
    )
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    home_lhin = models.ForeignKey(
        LHIN,
        verbose_name=_("home LHIN region"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("Where you live; its coordinators look after your application."),
    )

    # Public when consented (each has its show_* consent).
    name = models.CharField(
        _("name to show"),
        max_length=60,
        blank=True,
        help_text=_("A first name or a pseudonym is fine. Never your full name unless you wish."),
    )
    bio = models.TextField(_("public bio"), max_length=2000, blank=True)
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="speakers"
    )
    formats = ArrayField(
        models.CharField(max_length=12, choices=Format.choices),
        verbose_name=_("formats"),
        default=list,
        blank=True,
    )
    audiences = ArrayField(
        models.CharField(max_length=12, choices=Audience.choices),
        verbose_name=_("audiences"),
        default=list,
        blank=True,
    )
    lhins_served = models.ManyToManyField(
        LHIN, verbose_name=_("LHIN regions served"), blank=True, related_name="+"
    )
    languages = languages_field()
    travel = models.CharField(_("travel"), max_length=8, choices=Travel.choices, blank=True)
    availability = models.CharField(
        _("availability"),
        max_length=300,
        blank=True,
        help_text=_("For example “weekday evenings” or “not in July and August”."),
    )
    photo = models.ImageField(_("photo"), upload_to=speaker_photo_path, blank=True)
    photo_alt = models.CharField(
        _("photo description"),
        max_length=200,
        blank=True,
        help_text=_("What the photo shows, for people who use screen readers."),
    )
    training_registrations = models.ManyToManyField(
        "training.Registration",
        verbose_name=_("training attended here"),
        blank=True,
        related_name="+",
    )
    training_external = models.ManyToManyField(
        "training.ExternalTraining",
        verbose_name=_("training recorded elsewhere"),
        blank=True,
        related_name="+",
    )

    show_name = models.BooleanField(_("publish my name to show"), default=False)
    show_bio = models.BooleanField(_("publish my bio"), default=False)
    show_topics = models.BooleanField(_("publish my topics"), default=False)
    show_formats = models.BooleanField(_("publish my formats"), default=False)
    show_audiences = models.BooleanField(_("publish my audiences"), default=False)
    show_lhins = models.BooleanField(_("publish the LHIN regions I serve"), default=False)
    show_languages = models.BooleanField(_("publish my languages"), default=False)
    show_travel = models.BooleanField(_("publish how far I travel"), default=False)
    show_availability = models.BooleanField(_("publish my availability"), default=False)
    show_photo = models.BooleanField(_("publish my photo"), default=False)
    show_training = models.BooleanField(_("publish the training I have done"), default=False)
    listed = models.BooleanField(
        _("list me in the public directory"),
        default=False,
        help_text=_("Without it you can still be matched by coordinators, but are not listed."),
    )

    # Private: the speaker, their reviewers and the coordinators of their LHIN.
    monthly_limit = models.PositiveSmallIntegerField(
        _("engagements a month, at most"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MONTHLY_LIMIT_MAXIMUM)],
    )
    references = models.TextField(
        _("references"),
        max_length=2000,
        blank=True,
        help_text=_("One or two people who know your work, and how to reach them. Private."),
    )
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        max_length=2000,
        blank=True,
        help_text=_("Anything a host should arrange for you. Private: shared only as needed."),
    )
    honorarium_preference = models.CharField(
        _("honorarium"),
        max_length=10,
        choices=HonorariumPreference.choices,
        default=HonorariumPreference.DECIDE,
    )

    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    conversation_at = models.DateTimeField(_("conversation"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_note = models.TextField(
        _("message to the applicant"),
        blank=True,
        help_text=_("Sent with the decision. Kind and specific; optional."),
    )
    paused_at = models.DateTimeField(_("paused"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at", "-created_at"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers and applications")
        default_permissions = ("add", "change", "delete", "view")
        permissions = [("review_speaker", _("Can review this application"))]
        indexes = [models.Index(fields=["status", "paused_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(monthly_limit__gte=1) & Q(monthly_limit__lte=MONTHLY_LIMIT_MAXIMUM),
                name="speaker_monthly_limit_in_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name or str(self.public_id)[:8]

    def get_absolute_url(self) -> str:
        return reverse("speakers:speaker", args=[self.public_id])

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.APPROVED and self.paused_at is None

    @property
    def has_safety_plan(self) -> bool:
        return SafetyPlan.objects.filter(speaker=self).exists()


class SpeakerUserObjectPermission(UserObjectPermissionBase):
    """Direct foreign-key grant (django-guardian): a reviewer assigned to one application."""

    content_object = models.ForeignKey(Speaker, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        verbose_name = _("application permission of a person")
        verbose_name_plural = _("application permissions of people")


class SpeakerGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Speaker, on_delete=models.CASCADE)

    class Meta(GroupObjectPermissionBase.Meta):
        verbose_name = _("application permission of a group")
        verbose_name_plural = _("application permissions of groups")


class SafetyPlan(models.Model):
    """The speaker's own plan for staying well. Only the speaker ever sees it."""

    speaker = models.OneToOneField(
        Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="safety_plan"
    )
    will_speak_about = models.TextField(_("what I will speak about"), max_length=3000, blank=True)
    wont_speak_about = models.TextField(_("what I won't speak about"), max_length=3000, blank=True)
    support_person = models.TextField(
        _("my support person"),
        max_length=1000,
        blank=True,
        help_text=_("Who you can call before or after a talk, and how."),
    )
    after_care = models.TextField(_("what helps me after a talk"), max_length=3000, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("safety plan")
        verbose_name_plural = _("safety plans")

    def __str__(self) -> str:
        return str(_("Safety plan"))


class SpeakerStatusChange(models.Model):
    """One step of an application or a speaker's life: who moved it, from what to what, when."""

    speaker = models.ForeignKey(
        Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="changes"
    )
    from_status = models.CharField(_("from"), max_length=12, blank=True)
    to_status = models.CharField(_("to"), max_length=12)
    # "paused" and "resumed" are recorded too, with to_status "approved".
    event = models.CharField(_("event"), max_length=20, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("application step")
        verbose_name_plural = _("application steps")

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"
