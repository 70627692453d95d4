"""Content forms: the jobs part (the list's filters, read from the address)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.forms import LHINFilterField

from ..models import JobPosting


class JobFilterForm(forms.Form):
    lhin = LHINFilterField(
        help_text=_("Roles open across the province are listed for every region.")
    )
    pay = forms.ChoiceField(
        label=_("Paid or volunteer"),
        choices=[("", _("Either")), *JobPosting.Pay.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose paid, volunteer, or either.")},
    )

    def filters(self) -> dict:
        return {"lhin": self.cleaned_data["lhin"], "pay": self.cleaned_data["pay"]}
