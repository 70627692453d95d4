"""Training forms: the catalogue part (the public filters)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.models import LHIN

from ..models import Competency, Course


class CatalogueFilterForm(forms.Form):
    """Search and filters of the public catalogue, read from the address (GET)."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("Words in English or French, e.g. boundaries or limites."),
        error_messages={"max_length": _("Please use at most %(limit_value)d characters.")},
    )
    competency = forms.ModelChoiceField(
        label=_("Core competency"),
        queryset=Competency.objects.filter(framework__slug="core").order_by("number"),
        to_field_name="number",
        required=False,
        empty_label=_("Any competency"),
        error_messages={"invalid_choice": _("Please choose one of the competencies listed.")},
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("", _("Any format")), *Course.Format.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the formats listed.")},
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language")), *Course.Language.choices],
        required=False,
        help_text=_("Courses in English and French are listed for both languages."),
        error_messages={"invalid_choice": _("Please choose one of the languages listed.")},
    )
    lhin = forms.ModelChoiceField(
        label=_("LHIN region"),
        queryset=LHIN.objects.order_by("number"),
        to_field_name="slug",
        required=False,
        empty_label=_("Any region"),
        help_text=_("Courses offered across the province are listed for every region."),
        error_messages={"invalid_choice": _("Please choose one of the 14 LHIN regions listed.")},
    )
    cost = forms.ChoiceField(
        label=_("Cost"),
        choices=[("", _("Free or paid")), ("free", _("Free")), ("paid", _("Paid"))],
        required=False,
        error_messages={"invalid_choice": _("Please choose free, paid, or either.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lhin"].label_from_instance = lambda lhin: lhin.display_name
        self.fields["competency"].label_from_instance = str

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "q": data["q"].strip(),
            "competency": data["competency"],
            "format": data["format"],
            "language": data["language"],
            "lhin": data["lhin"],
            "cost": data["cost"],
        }
