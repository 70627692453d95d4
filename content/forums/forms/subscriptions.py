"""Forums forms: the subscriptions part (a member's forum email settings)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from members.forms import ChoiceList

from ..models import ForumProfile


class ForumSettingsForm(forms.Form):
    digest = forms.ChoiceField(
        label=_("Digest email"),
        choices=ForumProfile.Digest.choices,
        widget=ChoiceList,
        help_text=_(
            "One email listing the new posts in the threads and categories you watch, sent at "
            "7 in the morning: every day, or on Mondays. Nothing is sent when there is nothing new."
        ),
        error_messages={
            "required": _("Choose how often the digest comes, or no digest."),
            "invalid_choice": _("Choose how often the digest comes, or no digest."),
        },
    )
    email_replies = forms.BooleanField(
        label=_("Email me each reply in the threads and categories I watch"), required=False
    )
    email_mentions = forms.BooleanField(
        label=_("Email me when someone mentions me (@ and my display name)"), required=False
    )
