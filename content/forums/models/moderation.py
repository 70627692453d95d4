"""Reports of posts, and the log of what moderators did."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["ModerationAction", "Report"]


class Report(models.Model):
    class Reason(models.TextChoices):
        DISTRESS = "distress", _("Someone may be in distress")
        HARASSMENT = "harassment", _("Harassment")
        PRIVATE_INFO = "private_info", _("Private information shared")
        SPAM = "spam", _("Spam")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DISMISSED = "dismissed", _("Dismissed")
        ACTIONED = "actioned", _("Acted on")

    post = models.ForeignKey(
        "forums.Post", verbose_name=_("post"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="forum_reports",
    )
    reason = models.CharField(_("reason"), max_length=14, choices=Reason.choices)
    note = models.TextField(_("anything moderators should know"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="report_once_per_person"),
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.post}"


class ModerationAction(models.Model):
    class Kind(models.TextChoices):
        APPROVE = "approve", _("Approved a held post")
        DISMISS = "dismiss", _("Dismissed a report")
        HIDE = "hide", _("Hid a post")
        UNHIDE = "unhide", _("Showed a hidden post again")
        EDIT = "edit", _("Edited a post")
        WARN = "warn", _("Warned a member")
        SUSPEND = "suspend", _("Suspended posting")
        PIN = "pin", _("Pinned or unpinned a thread")
        LOCK = "lock", _("Locked or unlocked a thread")
        MOVE = "move", _("Moved a thread")
        RESPOND = "respond", _("Responded to a distress flag")

    category = models.ForeignKey(
        "forums.Category", verbose_name=_("category"), on_delete=models.CASCADE, related_name="+"
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderator"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("action"), max_length=10, choices=Kind.choices)
    thread = models.ForeignKey(
        "forums.Thread", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    post = models.ForeignKey(
        "forums.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), max_length=2000, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation log")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d})"
