"""Governance forms: the documents part."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import DocumentVersion


def _version_label(version: DocumentVersion) -> str:
    label = _("Version %(number)s (%(status)s)") % {
        "number": version.number,
        "status": version.get_status_display().lower(),
    }
    if version.effective_date:
        label += " · " + version.effective_date.isoformat()
    return label


class CompareForm(forms.Form):
    """Two versions to compare, chosen among those the viewer may see (read from the query)."""

    UNKNOWN = _("Choose one of the versions listed; there is no version %(value)s to compare.")

    from_number = forms.TypedChoiceField(
        label=_("Compare from (older text)"),
        coerce=int,
        error_messages={
            "required": _("Choose the version to compare from."),
            "invalid_choice": UNKNOWN,
        },
    )
    to_number = forms.TypedChoiceField(
        label=_("Compare to (newer text)"),
        coerce=int,
        error_messages={
            "required": _("Choose the version to compare to."),
            "invalid_choice": UNKNOWN,
        },
    )

    def __init__(self, *args, versions: list[DocumentVersion], **kwargs):
        # The query string says from= and to=; the form's fields keep clearer names.
        super().__init__(*args, **kwargs)
        choices = [(str(v.number), _version_label(v)) for v in versions]
        for name in ("from_number", "to_number"):
            self.fields[name].choices = choices
        self.by_number = {v.number: v for v in versions}

    def add_prefix(self, field_name: str) -> str:
        return {"from_number": "from", "to_number": "to"}.get(field_name, field_name)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("from_number") is not None and cleaned.get("from_number") == cleaned.get(
            "to_number"
        ):
            self.add_error("to_number", _("Choose two different versions to compare."))
        return cleaned


class ApproveForm(forms.Form):
    """The admin's intermediate step before approving a version."""

    effective_date = forms.DateField(
        label=_("Effective from"),
        required=False,
        help_text=_(
            "The day this version takes effect. Leave empty for today. Format: YYYY-MM-DD."
        ),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    note = forms.CharField(
        label=_("Approval"),
        max_length=300,
        required=False,
        help_text=_("Where it was approved, e.g. 'Board meeting of 12 March 2026, motion 3'."),
    )
