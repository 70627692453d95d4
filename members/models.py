"""People: the account a member signs in with. Membership itself comes with its own issue."""

from functools import cached_property

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

display_name_validator = RegexValidator(
    regex=r"^[\w][\w .'\-]{1,38}[\w.]$",
    message=_(
        "Use 3 to 40 letters, numbers, spaces, dots, apostrophes, hyphens or underscores, "
        "starting with a letter or number."
    ),
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
