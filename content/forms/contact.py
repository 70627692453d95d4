"""Content forms: the contact part."""

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from members.forms import ChoiceList

from ..models import ContactMessage

NAME_MAX = ContactMessage._meta.get_field("name").max_length
MESSAGE_MAX = ContactMessage._meta.get_field("message").max_length


class ContactForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        help_text=_("Any name you like us to use: a first name or a pseudonym is fine."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Tell us what to call you: a first name or a pseudonym is fine."),
            "max_length": _("Please keep your name to %(limit_value)d characters."),
        },
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We answer here, and use it for nothing else."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Give an email address, so we can answer you."),
            "invalid": _("Enter an email address like name@example.org."),
            "max_length": _("An email address has at most %(limit_value)d characters."),
        },
    )
    topic = forms.ChoiceField(
        label=_("What is it about?"),
        choices=ContactMessage.Topic.choices,
        widget=ChoiceList,
        error_messages={
            "required": _("Choose what your message is about, so it reaches the right person."),
            "invalid_choice": _("Choose one of the topics listed."),
        },
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Write your message: a line or two is enough."),
            "max_length": _(
                "Please shorten your message to %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Written out when the form is made, so the number is grouped the reader's way.
        self.fields["message"].help_text = gettext(
            "At most %(limit)s characters. Leave out health details we do not need to answer you."
        ) % {"limit": number_format(MESSAGE_MAX, force_grouping=True)}
