"""Messages sent through the contact form: stored, emailed to the network, answered by staff."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["ContactMessage"]


class ContactMessage(models.Model):
    class Topic(models.TextChoices):
        GENERAL = "general", _("A general question")
        MEMBERSHIP = "membership", _("Membership")
        TRAINING = "training", _("Training")
        SPEAKERS = "speakers", _("The speakers' bureau")
        WEBSITE = "website", _("This website, or its accessibility")
        MEDIA = "media", _("Media")

    name = models.CharField(_("your name"), max_length=120)
    email = models.EmailField(_("your email address"), max_length=254)
    topic = models.CharField(_("about"), max_length=12, choices=Topic.choices)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
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
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self) -> str:
        return f"{self.name}: {self.get_topic_display()}"
