from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User, display_name_validator


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
        name = " ".join(self.cleaned_data["display_name"].split())
        if User.objects.filter(display_name__iexact=name).exists():
            raise forms.ValidationError(
                _("This display name is taken. Please choose another."), code="taken"
            )
        if "@" in name:
            raise forms.ValidationError(
                _("A display name cannot be an email address."), code="email"
            )
        return name

    def signup(self, request, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.preferred_language = (request.LANGUAGE_CODE or "")[:2]
        user.save(update_fields=["display_name", "preferred_language"])


class AccountSettingsForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "preferred_language"]
        widgets = {"display_name": forms.TextInput(attrs={"autocomplete": "nickname"})}
        help_texts = {
            "preferred_language": _("The language of the emails the network sends you."),
        }

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if "@" in name:
            raise forms.ValidationError(
                _("A display name cannot be an email address."), code="email"
            )
        return name
