"""A member's forum settings and standing: guidelines accepted, digest choice, posting
suspended, and the members they have muted."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["ForumProfile", "Mute"]


class ForumProfile(models.Model):
    class Digest(models.TextChoices):
        NONE = "none", _("No digest")
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="forum_profile",
    )
    guidelines_accepted_at = models.DateTimeField(
        _("community guidelines accepted"), null=True, blank=True
    )
    guidelines_version = models.CharField(_("guidelines version"), max_length=20, blank=True)
    digest = models.CharField(
        _("digest email"), max_length=6, choices=Digest.choices, default=Digest.NONE
    )
    digest_sent_until = models.DateTimeField(_("digest covers posts until"), null=True, blank=True)
    email_replies = models.BooleanField(_("email me replies in what I watch"), default=True)
    email_mentions = models.BooleanField(_("email me when someone mentions me"), default=True)
    posting_suspended_until = models.DateTimeField(
        _("posting suspended until"), null=True, blank=True
    )
    approved_posts = models.PositiveIntegerField(_("posts approved"), default=0)

    class Meta:
        verbose_name = _("forum profile")
        verbose_name_plural = _("forum profiles")

    def __str__(self) -> str:
        return str(self.person)


class Mute(models.Model):
    """`person` no longer sees `muted`'s posts opened: they are collapsed for them only."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_mutes"
    )
    muted = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("muted member")
        verbose_name_plural = _("muted members")
        constraints = [
            models.UniqueConstraint(fields=["person", "muted"], name="mute_once"),
            models.CheckConstraint(
                condition=~models.Q(person=models.F("muted")), name="mute_not_oneself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} → {self.muted}"
