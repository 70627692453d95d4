"""Speakers' bureau forms: the directory part (the public directory's filters)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.choices import SpokenLanguage
from network.forms import LHINFilterField

from ..models import Format, Topic


class DirectoryFilterForm(forms.Form):
    """The directory's filters, read from the address (GET) so a filtered list can be shared."""

    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.filter(active=True).order_by("order", "name"),
        to_field_name="slug",
        required=False,
        empty_label=_("Any topic"),
        error_messages={"invalid_choice": _("Please choose one of the topics listed.")},
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("", _("Any format")), *Format.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the formats listed.")},
    )
    lhin = LHINFilterField(label=_("LHIN region served"))
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language")), *SpokenLanguage.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the languages listed.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].label_from_instance = lambda topic: topic.display_name

    def filters(self) -> dict:
        data = self.cleaned_data
        return {
            "topic": data["topic"],
            "format": data["format"],
            "lhin": data["lhin"],
            "language": data["language"],
        }
