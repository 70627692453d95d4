"""Forums forms: the threads part. Posts are Markdown, checked for size before anything renders
them: at most 20,000 characters (the model's limit), and the bytes too, so a huge request is
refused with the limit named instead of being parsed."""

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import ContentWarning, Post, Reaction, Thread

BODY_MAX = Post._meta.get_field("body").max_length
TITLE_MAX = Thread._meta.get_field("title").max_length
# UTF-8 takes at most 4 bytes a character: more than this cannot be BODY_MAX characters.
BODY_MAX_BYTES = BODY_MAX * 4


def _limit() -> str:
    return number_format(BODY_MAX, force_grouping=True)


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your post"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"required": _("Write your post: a line or two is enough.")},
    )
    content_warning = forms.ChoiceField(
        label=_("Content warning"),
        required=False,
        choices=[("", _("None")), *ContentWarning.choices],
        error_messages={"invalid_choice": _("Choose one of the warnings listed.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = gettext(
            "Markdown: **bold**, *italic*, > quote, - list, [text](https://…). At most "
            "%(limit)s characters. Share only what you are comfortable sharing."
        ) % {"limit": _limit()}
        self.fields["content_warning"].help_text = gettext(
            "Readers see only the warning until they choose to open your post."
        )

    def clean_body(self) -> str:
        body = self.cleaned_data["body"]
        if len(body) > BODY_MAX or len(body.encode("utf-8")) > BODY_MAX_BYTES:
            raise forms.ValidationError(
                gettext(
                    "A post can be at most %(limit)s characters long; this one has %(count)s. "
                    "Please shorten it or split it into two posts."
                )
                % {"limit": _limit(), "count": number_format(len(body), force_grouping=True)},
                code="max_length",
            )
        if not body.strip():
            raise forms.ValidationError(
                gettext("Write your post: a line or two is enough."), code="required"
            )
        return body


class ReplyForm(PostForm):
    quote_of = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ThreadForm(PostForm):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        error_messages={
            "required": _("Give your thread a title, so others know what it is about."),
            "max_length": _(
                "Please shorten the title to %(limit_value)d characters (it has %(show_value)d)."
            ),
        },
    )
    field_order = ["title", "body", "content_warning"]


class ReactionForm(forms.Form):
    kind = forms.ChoiceField(choices=Reaction.Kind.choices)
