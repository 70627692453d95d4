"""Form fields every app's filters share."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LHIN


class LHINFilterField(forms.ModelChoiceField):
    """An optional LHIN region in a filter form, named in the active language and chosen by its
    slug (readable addresses: ?lhin=champlain); anything else gets one clear message."""

    def __init__(self, *, label=None, help_text="", to_field_name="slug", **kwargs):
        super().__init__(
            queryset=LHIN.objects.order_by("number"),
            label=label or _("LHIN region"),
            help_text=help_text,
            to_field_name=to_field_name,
            required=False,
            empty_label=_("Any region"),
            error_messages={
                "invalid_choice": _("Please choose one of the 14 LHIN regions listed."),
            },
            **kwargs,
        )

    def label_from_instance(self, obj: LHIN) -> str:
        return obj.display_name
