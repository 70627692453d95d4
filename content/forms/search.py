"""Content forms: the search part (the search box, read from the address)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..selectors.search import MAX_QUERY_LENGTH, kind_choices


def _kinds() -> list[tuple[str, str]]:
    # A callable: kinds registered later (the forums) are offered without editing this form.
    return [("", _("Everything")), *kind_choices()]


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        help_text=_("Words in English or French. Put words in quotes to find them together."),
        error_messages={
            "max_length": _(
                "Please use at most %(limit_value)d characters (you used %(show_value)d): a few "
                "words find more than a long text."
            ),
            "null_characters_not_allowed": _(
                "Please search with letters, digits and punctuation only."
            ),
        },
    )
    kind = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=_kinds,
        error_messages={"invalid_choice": _("Please choose one of the kinds listed.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.input_type = "search"
