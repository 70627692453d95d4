"""Content forms: the events part (the filters of What's on, read from the address)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.models import LHIN

from ..models import Event
from ..selectors.events import Filters, Kind

PROVINCIAL = "provincial"


class EventFilterForm(forms.Form):
    lhin = forms.ChoiceField(
        label=_("LHIN region"),
        required=False,
        help_text=_("Events open to the whole province are listed under “Provincial”."),
        error_messages={
            "invalid_choice": _("Please choose one of the 14 LHIN regions listed, or Provincial.")
        },
    )
    audience = forms.ChoiceField(
        label=_("For"),
        choices=[("", _("Anyone")), *Event.Audience.choices],
        required=False,
        help_text=_("Events for everyone are listed for every choice."),
        error_messages={"invalid_choice": _("Please choose one of the audiences listed.")},
    )
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("Everything")), *Kind.CHOICES],
        required=False,
        error_messages={
            "invalid_choice": _("Please choose events, training sessions or the annual conference.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lhins = {lhin.slug: lhin for lhin in LHIN.objects.order_by("number")}
        self.fields["lhin"].choices = [
            ("", _("Any region")),
            (PROVINCIAL, _("Provincial")),
            *((slug, lhin.display_name) for slug, lhin in self.lhins.items()),
        ]

    def filters(self) -> Filters:
        if not self.is_bound:
            return Filters()
        data = self.cleaned_data
        return Filters(
            lhin=self.lhins.get(data["lhin"]),
            provincial=data["lhin"] == PROVINCIAL,
            audience=data["audience"],
            kind=data["kind"],
        )
