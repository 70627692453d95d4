"""People: the account a member signs in with, their membership and their profile."""

import uuid
from functools import cached_property

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.contrib.postgres.fields import ArrayField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.choices import PeerRole, SpokenLanguage

display_name_validator = RegexValidator(
    regex=r"^[\w][\w .'\-]{1,38}[\w.]$",
    message=_(
        "Use 3 to 40 letters, numbers, spaces, dots, apostrophes, hyphens or underscores, "
        "starting with a letter or number."
    ),
)


def languages_field() -> ArrayField:
    """The languages a person can use with peers (applications and profiles)."""
    return ArrayField(
        models.CharField(max_length=8, choices=SpokenLanguage.choices),
        verbose_name=_("languages"),
        default=list,
        blank=True,
    )


def interests_field() -> ArrayField:
    """The peer roles that interest a person (applications and profiles)."""
    return ArrayField(
        models.CharField(max_length=30, choices=PeerRole.choices),
        verbose_name=_("areas of interest"),
        default=list,
        blank=True,
    )


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> "User":
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username: str) -> "User":
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person's account. Other members only ever see the display name, never the email."""

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=40,
        unique=True,
        validators=[display_name_validator],
        help_text=_(
            "The only name other members see. A pseudonym is welcome; "
            "do not use your email address."
        ),
        error_messages={"unique": _("This display name is taken. Please choose another.")},
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick instead of deleting, to keep the records this person is part of."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    closed_at = models.DateTimeField(
        _("account closed"),
        null=True,
        blank=True,
        help_text=_(
            "Set when the person closed their account: their personal data is erased and what "
            'they wrote elsewhere stays under a "former member" name.'
        ),
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["display_name"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="user_email_unique_ignoring_case",
                violation_error_message=_("An account with this email address already exists."),
            ),
            models.UniqueConstraint(
                Lower("display_name"),
                name="user_display_name_unique_ignoring_case",
                violation_error_message=_("This display name is taken. Please choose another."),
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()

    def get_full_name(self) -> str:
        return self.display_name

    def get_short_name(self) -> str:
        return self.display_name

    @cached_property
    def role_slugs(self) -> frozenset[str]:
        """Slugs of the roles (groups defined in network.roles) this person holds."""
        from network import roles

        return roles.role_slugs_of(self)

    @property
    def is_staff(self) -> bool:
        """Who may enter the admin follows from roles, so there is no flag to drift out of sync."""
        from network import roles

        return self.is_active and (self.is_superuser or roles.has_admin_access(self))


# --- Membership ---------------------------------------------------------------------------------


class MembershipType(models.TextChoices):
    FULL = "full", _("Full member")
    SUPPORTING = "supporting", _("Supporting member")


class HeardAbout(models.TextChoices):
    PEER = "peer", _("From a peer, friend or family member")
    ORGANIZATION = "organization", _("From an organization or service")
    EVENT = "event", _("At an event or training")
    ONLINE = "online", _("Online or social media")
    OTHER = "other", _("Another way")


class OrganizationKind(models.TextChoices):
    PEER_NETWORK = "peer_network", _("Peer network or peer-run organization")
    COMMUNITY_AGENCY = "community_agency", _("Community agency")
    HEALTH_SERVICE = "health_service", _("Health or addiction service")
    GOVERNMENT = "government", _("Government or public body")
    OTHER = "other", _("Other organization")


class MembershipApplication(models.Model):
    """A person's application to join, reviewed by the coordinators of its LHIN.

    A draft may be incomplete; the form checks completeness when it is submitted. Moves between
    states only through members.services, which check the state under a row lock.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting for review")
        INFO_REQUESTED = "info_requested", _("More information requested")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    OPEN_STATUSES = (Status.DRAFT, Status.SUBMITTED, Status.INFO_REQUESTED)
    REVIEWABLE_STATUSES = (Status.SUBMITTED, Status.INFO_REQUESTED)

    applicant = models.ForeignKey(
        User, verbose_name=_("applicant"), on_delete=models.CASCADE, related_name="applications"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    membership_type = models.CharField(
        _("membership type"), max_length=20, choices=MembershipType.choices, blank=True
    )
    lived_experience_attested = models.BooleanField(
        _("I have lived or living experience of substance use"), default=False
    )
    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="applications",
    )
    pronouns = models.CharField(_("pronouns"), max_length=40, blank=True)
    languages = languages_field()
    interests = interests_field()
    heard_about = models.CharField(
        _("how you heard of the network"), max_length=20, choices=HeardAbout.choices, blank=True
    )
    heard_about_detail = models.CharField(_("tell us more"), max_length=200, blank=True)
    organization_name = models.CharField(_("organization name"), max_length=200, blank=True)
    organization_kind = models.CharField(
        _("kind of organization"), max_length=30, choices=OrganizationKind.choices, blank=True
    )
    contact_news = models.BooleanField(_("News and the newsletter"), default=False)
    contact_events = models.BooleanField(_("Events and training in my LHIN"), default=False)
    contact_opportunities = models.BooleanField(
        _("Opportunities to take part (consultations, speaking, governance)"), default=False
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        User,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decline_reason = models.TextField(
        _("reason for declining"),
        blank=True,
        help_text=_("Shown to the applicant. Please write it kindly."),
    )
    info_request = models.TextField(
        _("information requested"), blank=True, help_text=_("Shown to the applicant.")
    )
    reminded_at = models.DateTimeField(_("coordinators last reminded"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["submitted_at", "created_at"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        constraints = [
            models.UniqueConstraint(
                fields=["applicant"],
                condition=models.Q(status__in=["draft", "submitted", "info_requested"]),
                name="one_open_application_per_person",
                violation_error_message=_("You already have an application in progress."),
            )
        ]
        indexes = [models.Index(fields=["lhin", "status"])]

    def __str__(self) -> str:
        return _("Application of %(name)s") % {"name": self.applicant.display_name}

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_editable_by_applicant(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.INFO_REQUESTED)


class ConsentRecord(models.Model):
    """That a person accepted a given version of the terms or the privacy statement, and when.

    Kept even when an account is closed, as the law requires proof of consent.
    """

    class Document(models.TextChoices):
        TERMS = "terms", _("Terms of membership")
        PRIVACY = "privacy", _("Privacy statement")

    person = models.ForeignKey(
        User,
        verbose_name=_("person"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="consents",
    )
    document = models.CharField(_("document"), max_length=20, choices=Document.choices)
    version = models.CharField(_("version"), max_length=20)
    accepted_at = models.DateTimeField(_("accepted"), default=timezone.now)
    application = models.ForeignKey(
        MembershipApplication,
        verbose_name=_("application"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consents",
    )

    class Meta:
        ordering = ["-accepted_at"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self) -> str:
        return f"{self.get_document_display()} {self.version}"


class Membership(models.Model):
    """A person's membership: its type, LHIN and the year it runs for."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        LAPSED = "lapsed", _("Lapsed")

    person = models.OneToOneField(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="membership"
    )
    membership_type = models.CharField(
        _("membership type"), max_length=20, choices=MembershipType.choices
    )
    lhin = models.ForeignKey(
        "network.LHIN",
        verbose_name=_("LHIN"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    renewal_reminded_at = models.DateTimeField(_("renewal reminder sent"), null=True, blank=True)
    lapse_notified_at = models.DateTimeField(_("lapse notice sent"), null=True, blank=True)

    class Meta:
        ordering = ["lhin__number", "joined_at"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        indexes = [
            models.Index(fields=["lhin", "status", "membership_type"]),
            models.Index(fields=["status", "expires_at"]),
        ]

    def __str__(self) -> str:
        return _("%(type)s: %(name)s") % {
            "type": self.get_membership_type_display(),
            "name": self.person.display_name,
        }

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE and self.expires_at > timezone.now()


class LHINTarget(models.Model):
    """How many active members an LHIN aims for in a year (the governance panel's five)."""

    DEFAULT = 5

    lhin = models.ForeignKey(
        "network.LHIN", verbose_name=_("LHIN"), on_delete=models.CASCADE, related_name="targets"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    target = models.PositiveSmallIntegerField(_("target"), default=DEFAULT)

    class Meta:
        ordering = ["-year", "lhin__number"]
        verbose_name = _("LHIN engagement target")
        verbose_name_plural = _("LHIN engagement targets")
        constraints = [
            models.UniqueConstraint(fields=["lhin", "year"], name="one_target_per_lhin_and_year")
        ]

    def __str__(self) -> str:
        return f"{self.lhin} {self.year}: {self.target}"


# --- Profile -----------------------------------------------------------------------------------


class Visibility(models.IntegerChoices):
    """Who may see a profile field. Ordered: each level shows to everyone of the levels below it
    too, so "members" includes the coordinators of the person's LHIN, and "public" everyone."""

    ONLY_ME = 0, _("Only me")
    COORDINATORS = 1, _("Coordinators of my LHIN")
    MEMBERS = 2, _("Members of the network")
    PUBLIC = 3, _("Everyone, including people who are not signed in")


def _visibility_field(label) -> models.PositiveSmallIntegerField:
    # The most private level by default: nothing is shown until its owner chooses to show it.
    return models.PositiveSmallIntegerField(
        label, choices=Visibility.choices, default=Visibility.ONLY_ME
    )


def profile_photo_path(profile: "Profile", filename: str) -> str:
    # A random name each time: the address of an old photo never leads to the new one.
    return f"profiles/{uuid.uuid4().hex}.jpg"


class Profile(models.Model):
    """What a member chooses to tell other people about themself, each field with who may see it.

    Created when a membership is approved, from the application. Every field is optional and
    private by default. The profile page and the directory show a field only to the audience its
    visibility names (members.selectors.profile_audience).
    """

    VISIBLE_FIELDS = ("display_name", "pronouns", "bio", "photo", "lhin", "languages", "interests")

    person = models.OneToOneField(
        User, verbose_name=_("person"), on_delete=models.CASCADE, related_name="profile"
    )
    # In addresses instead of the account's number, which would tell how many people joined.
    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    display_name_visibility = _visibility_field(_("who can see your profile and display name"))
    pronouns = models.CharField(_("pronouns"), max_length=40, blank=True)
    pronouns_visibility = _visibility_field(_("who can see your pronouns"))
    bio = models.TextField(_("about you"), max_length=1500, blank=True)
    bio_visibility = _visibility_field(_("who can see what you wrote about you"))
    photo = models.ImageField(_("photo"), upload_to=profile_photo_path, blank=True)
    photo_visibility = _visibility_field(_("who can see your photo"))
    lhin_visibility = _visibility_field(_("who can see your LHIN region"))
    languages = languages_field()
    languages_visibility = _visibility_field(_("who can see your languages"))
    interests = interests_field()
    interests_visibility = _visibility_field(_("who can see your interests"))
    in_directory = models.BooleanField(_("list me in the members' directory"), default=False)
    contact_news = models.BooleanField(_("News and the newsletter"), default=False)
    contact_events = models.BooleanField(_("Events and training in my LHIN"), default=False)
    contact_opportunities = models.BooleanField(
        _("Opportunities to take part (consultations, speaking, governance)"), default=False
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            # The directory lists a name to members: it may not be hidden from them.
            models.CheckConstraint(
                condition=models.Q(in_directory=False)
                | models.Q(display_name_visibility__gte=Visibility.MEMBERS),
                name="profile_in_directory_shows_name_to_members",
                violation_error_message=_(
                    "To be listed in the directory, members must be able to see your profile."
                ),
            )
        ]
        indexes = [models.Index(fields=["in_directory", "display_name_visibility"])]

    def __str__(self) -> str:
        return _("Profile of %(name)s") % {"name": self.person.display_name}

    def visibility_of(self, field: str) -> int:
        return getattr(self, f"{field}_visibility")
