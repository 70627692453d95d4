"""Governance forms: the complaints part."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Case

MAX_TEXT = 5000


def _required_text(value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise forms.ValidationError(message)
    return value


class FeedbackForm(forms.Form):
    """The public form: anyone, signed in or not; every contact detail optional."""

    kind = forms.ChoiceField(
        label=_("What would you like to send?"),
        choices=Case.Kind.choices,
        widget=forms.RadioSelect,
        initial=Case.Kind.COMPLAINT,
        error_messages={"required": _("Choose a complaint, feedback or a compliment.")},
    )
    category = forms.ChoiceField(
        label=_("What is it about?"),
        choices=[("", _("Choose one")), *Case.Category.choices],
        error_messages={"required": _("Choose what it is about.")},
    )
    what_happened = forms.CharField(
        label=_("What happened?"),
        help_text=_(
            "In your own words. Share only what you are comfortable sharing; you never have to "
            "tell your story."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_TEXT,
        strip=False,
        error_messages={"required": _("Tell us what happened, in a few words or more.")},
    )
    outcome_hoped = forms.CharField(
        label=_("What outcome do you hope for?"),
        help_text=_("For example an apology, a change in how we do something, or an answer."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_TEXT,
        required=False,
    )
    name = forms.CharField(label=_("Your name"), max_length=120, required=False)
    email = forms.EmailField(
        label=_("Your email address"),
        required=False,
        help_text=_("We email you the tracking link, and let you know when your case moves on."),
        error_messages={"invalid": _("Enter an email address like name@example.org.")},
    )
    phone = forms.CharField(label=_("Your phone number"), max_length=40, required=False)
    preferred_contact = forms.ChoiceField(
        label=_("How would you like us to reach you?"),
        choices=[("", _("Do not contact me")), *Case.ContactWay.choices],
        widget=forms.RadioSelect,
        required=False,
    )
    attach_to_account = forms.BooleanField(
        label=_("Attach this to my account"),
        help_text=_(
            "It then appears in “My data”. Leave it unticked to send it without your name: "
            "nothing links it to your account."
        ),
        required=False,
    )

    def __init__(self, *args, signed_in: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not signed_in:
            del self.fields["attach_to_account"]

    def clean_what_happened(self) -> str:
        return _required_text(
            self.cleaned_data.get("what_happened"),
            _("Tell us what happened, in a few words or more."),
        )

    def clean_phone(self) -> str:
        phone = self.cleaned_data.get("phone", "").strip()
        if phone and sum(ch.isdigit() for ch in phone) < 7:
            raise forms.ValidationError(_("Enter a phone number with its area code."))
        return phone

    def clean(self):
        cleaned = super().clean()
        way = cleaned.get("preferred_contact")
        if way == Case.ContactWay.EMAIL and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Give an email address, or choose another way to reach you."))
        if way == Case.ContactWay.PHONE and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", _("Give a phone number, or choose another way to reach you."))
        return cleaned


class MessageForm(forms.Form):
    """A further message from the person, on their tracking page."""

    message = forms.CharField(
        label=_("Add a message"),
        help_text=_("The complaints officer reads it with your case."),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=MAX_TEXT,
        strip=False,
        error_messages={"required": _("Write your message.")},
    )

    def clean_message(self) -> str:
        return _required_text(self.cleaned_data.get("message"), _("Write your message."))


# --- The admin ----------------------------------------------------------------------------------


class CaseStepForm(forms.Form):
    """One step of a case in the admin: a note always, and the response when resolving."""

    response = forms.CharField(
        label=_("Response to the person"),
        help_text=_(
            "Shown on their tracking page, and emailed to them if they gave an address. Write "
            "plainly and kindly; no other person's details."
        ),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=MAX_TEXT,
        strip=False,
        required=False,
    )
    note = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_TEXT,
        strip=False,
        required=False,
    )
    public = forms.BooleanField(
        label=_("Show this note to the person"),
        help_text=_("Unticked, the note is internal: only complaints officers read it."),
        required=False,
    )

    def __init__(self, *args, step: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        if step == "resolve":
            self.fields["response"].required = True
            self.fields["response"].error_messages["required"] = _(
                "Write the response: it is what the person will read."
            )
        else:
            del self.fields["response"]
        if step == "note":
            self.fields["note"].required = True
            self.fields["note"].error_messages["required"] = _("Write the note.")
        else:
            del self.fields["public"]
            self.fields["note"].label = _("Note to the person (optional)")
            self.fields["note"].help_text = _("Shown on their tracking page with this step.")

    def clean_response(self) -> str:
        return _required_text(
            self.cleaned_data.get("response"),
            _("Write the response: it is what the person will read."),
        )

    def clean_note(self) -> str:
        note = (self.cleaned_data.get("note") or "").strip()
        if self.step == "note" and not note:
            raise forms.ValidationError(_("Write the note."))
        return note
