"""Content forms: the jobs part (the list's filters, read from the address)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.models import LHIN

from ..models import JobPosting


class JobFilterForm(forms.Form):
    lhin = forms.ModelChoiceField(
        label=_("LHIN region"),
        queryset=LHIN.objects.order_by("number"),
        to_field_name="slug",
        required=False,
        empty_label=_("Any region"),
        help_text=_("Roles open across the province are listed for every region."),
        error_messages={"invalid_choice": _("Please choose one of the 14 LHIN regions listed.")},
    )
    pay = forms.ChoiceField(
        label=_("Paid or volunteer"),
        choices=[("", _("Either")), *JobPosting.Pay.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose paid, volunteer, or either.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lhin"].label_from_instance = lambda lhin: lhin.display_name

    def filters(self) -> dict:
        return {"lhin": self.cleaned_data["lhin"], "pay": self.cleaned_data["pay"]}
