"""Template filters of training's catalogue part."""

from decimal import Decimal

from django import template
from django.template.defaultfilters import floatformat
from django.utils.formats import number_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from ..models import Audience

register = template.Library()


@register.filter
def cad(amount: Decimal | int | None) -> str:
    """A cost in Canadian dollars as each language writes it: $45.00, 45,00 $; 0 is "Free"."""
    if not amount:
        return _("Free")
    number = number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)
    if (get_language() or "").startswith("fr"):
        return f"{number}\N{NO-BREAK SPACE}$"
    return f"${number}"


@register.filter
def hours(duration: Decimal) -> str:
    """A duration in hours, without a useless ".0": "6 hours", "1.5 hours"."""
    shown = floatformat(duration, -1)
    return ngettext("%(hours)s hour", "%(hours)s hours", 1 if duration == 1 else 2) % {
        "hours": shown
    }


@register.filter
def audience_labels(audiences: list[str]) -> list[str]:
    """The audiences of a course, in words."""
    labels = dict(Audience.choices)
    return [labels.get(audience, audience) for audience in audiences]
