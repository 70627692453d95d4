"""Who may see a piece of content: everyone, members, or full members only.

The levels are ordered, so "the stricter rule" is the larger value and a viewer sees what is at or
below their own level (`content.selectors.access.viewer_access`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Access(models.IntegerChoices):
    PUBLIC = 0, _("Public: everyone")
    MEMBERS = 1, _("Members only")
    FULL_MEMBERS = 2, _("Full members only")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class ContentLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    BILINGUAL = "both", _("English and French")
