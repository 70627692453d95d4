"""Training forms: the catalogue part (the public filters)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.forms import LHINFilterField

from ..models import Competency, Course


class CoreCompetencyFilterField(forms.ModelChoiceField):
    """An optional core competency in a filter form, chosen by its number (?competency=6)."""

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Core competency"),
            queryset=Competency.objects.filter(framework__slug="core").order_by("number"),
            to_field_name="number",
            required=False,
            empty_label=_("Any competency"),
            error_messages={"invalid_choice": _("Please choose one of the competencies listed.")},
            **kwargs,
        )

    def label_from_instance(self, obj: Competency) -> str:
        return str(obj)


class CatalogueFilterForm(forms.Form):
    """Search and filters of the public catalogue, read from the address (GET)."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        help_text=_("Words in English or French, e.g. boundaries or limites."),
        error_messages={"max_length": _("Please use at most %(limit_value)d characters.")},
    )
    competency = CoreCompetencyFilterField()
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
    lhin = LHINFilterField(
        help_text=_("Courses offered across the province are listed for every region.")
    )
    cost = forms.ChoiceField(
        label=_("Cost"),
        choices=[("", _("Free or paid")), ("free", _("Free")), ("paid", _("Paid"))],
        required=False,
        error_messages={"invalid_choice": _("Please choose free, paid, or either.")},
    )

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
