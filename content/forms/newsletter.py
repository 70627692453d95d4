"""Content forms: the newsletter part (the public sign-up, and the issue in the admin)."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from members.forms import ChoiceList

from ..models import NewsletterIssue
from ..selectors.newsletter import events_public, news_public


class SignUpForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send a link here to confirm it is yours. Nothing else until you confirm."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Give the email address the newsletter should go to."),
            "invalid": _("Enter an email address like name@example.org."),
            "max_length": _("An email address has at most %(limit_value)d characters."),
        },
    )
    language = forms.ChoiceField(
        label=_("Language of the newsletter"),
        choices=settings.LANGUAGES,
        widget=ChoiceList,
        error_messages={
            "required": _("Choose English or French for the newsletter."),
            "invalid_choice": _("Choose English or French for the newsletter."),
        },
    )


class NewsChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        when = timezone.localtime(obj.published_at) if obj.published_at else None
        day = formats.date_format(when, "DATE_FORMAT") if when else ""
        return f"{obj.display_title} ({day})" if day else obj.display_title


class EventChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        day = formats.date_format(timezone.localtime(obj.starts_at), "DATE_FORMAT")
        return f"{obj.display_title} ({day})"


class NewsletterIssueAdminForm(forms.ModelForm):
    """An issue in the admin. Only public, published news and events may be ticked (recent ones,
    and whatever the issue already has): the list is open to anyone."""

    news_posts = NewsChoices(
        label=_("News"),
        queryset=news_public().none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Public news only: members-only posts never go to the list."),
    )
    events = EventChoices(
        label=_("Events"),
        queryset=events_public().none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Public events only: members-only events never go to the list."),
    )

    class Meta:
        model = NewsletterIssue
        fields = [
            "subject",
            "subject_fr",
            "introduction",
            "introduction_fr",
            "news_posts",
            "events",
        ]

    # Choices offered: news of the last 90 days, events from a month ago to half a year ahead.
    NEWS_WINDOW_DAYS = 90
    EVENTS_BEFORE_DAYS, EVENTS_AHEAD_DAYS = 30, 180

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        now = timezone.now()
        chosen = Q(pk__in=self.instance.news_posts.all()) if self.instance.pk else Q(pk__in=[])
        self.fields["news_posts"].queryset = (
            news_public()
            .filter(Q(published_at__gte=now - timedelta(days=self.NEWS_WINDOW_DAYS)) | chosen)
            .order_by("-published_at")
        )
        chosen = Q(pk__in=self.instance.events.all()) if self.instance.pk else Q(pk__in=[])
        self.fields["events"].queryset = (
            events_public()
            .filter(
                Q(
                    starts_at__gte=now - timedelta(days=self.EVENTS_BEFORE_DAYS),
                    starts_at__lte=now + timedelta(days=self.EVENTS_AHEAD_DAYS),
                )
                | chosen
            )
            .order_by("starts_at")
        )
