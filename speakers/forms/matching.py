"""Speakers' bureau forms: the matching part."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.forms import ChoiceList

from ..models import Debrief, Speaker


class OfferForm(forms.Form):
    """The speaker a coordinator offers a request to: one button per candidate sends its id.
    Any speaker may be named; the service refuses, with the reason, one who cannot be offered."""

    speaker = forms.ModelChoiceField(
        label=_("Speaker"),
        queryset=Speaker.objects.all(),
        error_messages={
            "required": _("Choose a speaker from the list."),
            "invalid_choice": _("That speaker is not in the list: choose one of the list."),
        },
    )


class ConfirmForm(forms.Form):
    """A step that needs nothing but the person's confirmation (its button)."""


class RequestCancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the host"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kind and short: the host reads it in the cancellation email."),
        error_messages={"required": _("Say why the request is cancelled: the host is told.")},
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Say why the request is cancelled: the host is told."))
        return reason


class DebriefForm(forms.ModelForm):
    class Meta:
        model = Debrief
        fields = ["feeling", "notes", "follow_up"]
        widgets = {
            "feeling": ChoiceList,
            "notes": forms.Textarea(attrs={"rows": 6}),
        }
        help_texts = {
            "notes": _("Only you will ever read these: what went well, what you would change."),
            "follow_up": _(
                "A coordinator will reach out to you. They are told only that you asked, never "
                "what you wrote here."
            ),
        }
        error_messages = {
            "feeling": {"required": _("Choose how you are after the talk.")},
            "notes": {"max_length": _("Please keep your notes under 4,000 characters.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A choice is asked for: no empty "---------" option among the radio buttons.
        self.fields["feeling"].choices = Debrief.Feeling.choices
