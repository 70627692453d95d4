"""Forums forms: the moderation part."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from ..models import Category, Report
from ..services.moderation import SUSPENSION_DAYS

NOTE_MAX = 2000


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this post?"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose why you are reporting this post.")},
    )
    note = forms.CharField(
        label=_("Anything the moderators should know (optional)"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Only the moderators read this. The person you report is not told who you are."
        ),
    )


class NoteForm(forms.Form):
    """An optional note for the log, with the action."""

    note = forms.CharField(
        label=_("Note for the log (optional)"), required=False, max_length=NOTE_MAX
    )


class PostActionForm(NoteForm):
    action = forms.ChoiceField(
        choices=[("approve", _("Approve")), ("hide", _("Hide")), ("unhide", _("Show again"))],
        widget=forms.HiddenInput,
    )


class ThreadActionForm(NoteForm):
    action = forms.ChoiceField(
        choices=[
            ("pin", _("Pin")),
            ("unpin", _("Unpin")),
            ("lock", _("Lock")),
            ("unlock", _("Unlock")),
        ],
        widget=forms.HiddenInput,
    )


class WarnForm(forms.Form):
    message = forms.CharField(
        label=_("Your message to the member"),
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Sent privately by email, in your words, and kept in the moderation log. Be kind "
            "and specific: say which guideline the post went against and what you ask."
        ),
        error_messages={"required": _("Write the message the member will receive.")},
    )


class SuspendForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Pause their posting for"),
        coerce=int,
        choices=[
            (days, ngettext_lazy("%(days)d day", "%(days)d days", "days") % {"days": days})
            for days in SUSPENSION_DAYS
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how long their posting is paused.")},
    )
    note = forms.CharField(
        label=_("Why (sent to the member and kept in the log)"),
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Say why: the member reads it in the email.")},
    )


class MoveForm(NoteForm):
    category = forms.ModelChoiceField(
        label=_("Move to"),
        queryset=Category.objects.none(),
        empty_label=_("Choose a category"),
        error_messages={
            "required": _("Choose the category to move the thread to."),
            "invalid_choice": _("Choose one of the categories you moderate."),
        },
    )

    def __init__(self, *args, targets=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = (
            targets if targets is not None else Category.objects.none()
        )
        self.fields["category"].label_from_instance = lambda category: category.display_name
