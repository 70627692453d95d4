"""Governance forms: the registry part."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.forms import LHINFilterField

from ..models import Partner


class PartnerFilterForm(forms.Form):
    """The public list of partners, filtered by kind and LHIN (by its address, e.g. "champlain")."""

    kind = forms.ChoiceField(
        label=_("Kind of partner"),
        choices=[("", _("Any kind")), *Partner.Kind.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the kinds of partner listed.")},
    )
    lhin = LHINFilterField(
        help_text=_("Partners working across the province are listed for every region.")
    )

    def filters(self) -> dict:
        return {"kind": self.cleaned_data["kind"], "lhin": self.cleaned_data["lhin"]}
