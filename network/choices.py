"""Network-wide lists (DOMAIN.md): peer roles, spoken languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def choice_labels(choices, values) -> list[str]:
    """The labels of the stored values of a list field, in the active language; a value no
    longer among the choices is shown as stored rather than lost."""
    labels = dict(choices)
    return [str(labels.get(value, value)) for value in values]


class PeerRole(models.TextChoices):
    """The peer roles of the governance panel's matrix, and the 2014 exchange's addition."""

    SUPPORT_WORKER = "support_worker", _("Peer support worker")
    ADVOCATE = "advocate", _("Peer advocate")
    EDUCATOR = "educator", _("Peer educator")
    NAVIGATOR = "navigator", _("Peer navigator")
    ADVISOR = "advisor", _("Peer advisor")
    RESEARCHER = "researcher", _("Peer researcher/evaluator")
    MANAGER = "manager", _("Peer manager")
    GROUP_FACILITATOR = "group_facilitator", _("Peer group facilitator")


class SpokenLanguage(models.TextChoices):
    """Languages a member can use with peers; English and French first (Ontario's services)."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    ASL = "ase", _("American Sign Language")
    LSQ = "fcs", _("Quebec Sign Language (LSQ)")
    ARABIC = "ar", _("Arabic")
    CANTONESE = "yue", _("Cantonese")
    CREE = "cr", _("Cree")
    HINDI = "hi", _("Hindi")
    ITALIAN = "it", _("Italian")
    MANDARIN = "cmn", _("Mandarin")
    OJIBWE = "oj", _("Ojibwe")
    OJI_CREE = "ojs", _("Oji-Cree")
    POLISH = "pl", _("Polish")
    PORTUGUESE = "pt", _("Portuguese")
    PUNJABI = "pa", _("Punjabi")
    SOMALI = "so", _("Somali")
    SPANISH = "es", _("Spanish")
    TAGALOG = "tl", _("Tagalog")
    TAMIL = "ta", _("Tamil")
    URDU = "ur", _("Urdu")
