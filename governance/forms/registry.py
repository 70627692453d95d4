"""Governance forms: the registry part."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.models import LHIN

from ..models import Partner


class PartnerFilterForm(forms.Form):
    """The public list of partners, filtered by kind and LHIN (by its address, e.g. "champlain")."""

    kind = forms.ChoiceField(
        label=_("Kind of partner"),
        choices=[("", _("Any kind")), *Partner.Kind.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the kinds of partner listed.")},
    )
    lhin = forms.ModelChoiceField(
        label=_("LHIN region"),
        queryset=LHIN.objects.order_by("number"),
        to_field_name="slug",
        required=False,
        empty_label=_("Any region"),
        help_text=_("Partners working across the province are listed for every region."),
        error_messages={"invalid_choice": _("Please choose one of the 14 LHIN regions listed.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lhin"].label_from_instance = lambda lhin: lhin.display_name

    def filters(self) -> dict:
        return {"kind": self.cleaned_data["kind"], "lhin": self.cleaned_data["lhin"]}
