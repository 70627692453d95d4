from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User, display_name_validator


def clean_display_name(value: str, *, person: User | None = None) -> str:
    """Collapse spaces, refuse an email address, and refuse a name taken by someone else in any
    letter case, as a message on the field (the database constraint would only give a form-wide
    one)."""
    name = " ".join(value.split())
    if "@" in name:
        raise forms.ValidationError(_("A display name cannot be an email address."), code="email")
    taken = User.objects.filter(display_name__iexact=name)
    if person is not None and person.pk:
        taken = taken.exclude(pk=person.pk)
    if taken.exists():
        raise forms.ValidationError(
            _("This display name is taken. Please choose another."), code="taken"
        )
    return name


class SignupForm(forms.Form):
    """Extra field on allauth's sign-up form: the pseudonymous display name."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=40,
        validators=[display_name_validator],
        help_text=User._meta.get_field("display_name").help_text,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    field_order = ["email", "display_name", "password1", "password2"]

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"])

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.preferred_language = (request.LANGUAGE_CODE or "")[:2]
        user.save(update_fields=["display_name", "preferred_language"])


class AccountSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "preferred_language"]
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "nickname"}),
            "preferred_language": forms.Select(attrs={"autocomplete": "language"}),
        }
        help_texts = {
            "preferred_language": _("The language of the emails the network sends you."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].choices = [
            ("", _("No preference")),
            *self.fields["preferred_language"].choices[1:],
        ]

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"], person=self.instance)
