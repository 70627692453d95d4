"""Watching threads and categories, and the notifications they make (a reply, a mention): one
row per person and post and kind, so nobody is told twice about one post."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

__all__ = ["Notification", "Subscription"]


class Subscription(models.Model):
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions"
    )
    thread = models.ForeignKey(
        "forums.Thread", null=True, blank=True, on_delete=models.CASCADE, related_name="watchers"
    )
    category = models.ForeignKey(
        "forums.Category",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="watchers",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(thread__isnull=False, category__isnull=True)
                | Q(thread__isnull=True, category__isnull=False),
                name="subscription_to_one_thing",
            ),
            models.UniqueConstraint(
                fields=["person", "thread"],
                condition=Q(thread__isnull=False),
                name="subscription_thread_once",
            ),
            models.UniqueConstraint(
                fields=["person", "category"],
                condition=Q(category__isnull=False),
                name="subscription_category_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} → {self.thread or self.category}"


class Notification(models.Model):
    class Kind(models.TextChoices):
        REPLY = "reply", _("A reply in something you watch")
        MENTION = "mention", _("You were mentioned")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications"
    )
    post = models.ForeignKey("forums.Post", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    created_at = models.DateTimeField(_("made"), auto_now_add=True)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(fields=["person", "post"], name="notification_once_per_post"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.post}"
