"""Speakers' bureau forms: the requests part (the host's side).

The forms read what was typed and say what is wrong with each field; what a request may be (a
date to come, an end after the start, a place when in person) is the service's to decide
(`speakers.services.requests.request_submit`), and its errors are added to these forms' fields.
"""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.forms import CheckboxList, ChoiceList, LHINChoiceList, LHINField
from network.models import LHIN

from ..models import Audience, Format, HostFeedback, Speaker, SpeakingRequest, Topic
from ..selectors.directory import public_name
from ..selectors.requests import requestable_speaker
from ..services.requests import TORONTO

IN_PERSON, ONLINE = "in_person", "online"
HONORARIUM_MAXIMUM = Decimal("5000")  # as the model's validator: more is a fee, not an honorarium
AUDIENCE_MAXIMUM = 100_000


class TorontoDateTimeField(forms.DateTimeField):
    """A date and time typed in Ontario's time (a `datetime-local` input), whatever the
    server's or the browser's time zone."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def to_python(self, value):
        with timezone.override(TORONTO):
            return super().to_python(value)

    def prepare_value(self, value):
        with timezone.override(TORONTO):
            return super().prepare_value(value)


class NeededForSomeAnswersInput(forms.TextInput):
    def use_required_attribute(self, initial) -> bool:
        return False


class NeededForSomeAnswersField(forms.CharField):
    """A field needed for some answers only (the address: for an event in person). It is not
    labelled "optional", and it is not refused empty here: the service says when it is missing,
    on the field."""

    def validate(self, value) -> None:
        # Field.validate only refuses an empty value; whether this one may be empty depends on
        # another answer.
        return None


class TopicsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Topic) -> str:
        return obj.display_name


class SpeakingRequestForm(forms.Form):
    # About the host.
    organization = forms.CharField(
        label=_("Organization"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": _("Tell us which organization is hosting the event.")},
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Tell us who to write to about the request.")},
    )
    contact_email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send the link to follow your request here, and write to you about it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Give an email address, so we can send you the link to your request."),
            "invalid": _("Enter an email address like name@example.org."),
        },
    )
    contact_phone = forms.CharField(
        label=_("Your phone number"),
        max_length=40,
        required=False,
        help_text=_("Only if you would like a coordinator to call you."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    language = forms.ChoiceField(
        label=_("Language for our emails"),
        choices=settings.LANGUAGES,
        widget=ChoiceList,
        error_messages={
            "required": _("Choose English or French for our emails."),
            "invalid_choice": _("Choose English or French for our emails."),
        },
    )

    # The event.
    event_title = forms.CharField(
        label=_("Name of the event"),
        max_length=200,
        error_messages={"required": _("Give the event a name, even a short one.")},
    )
    description = forms.CharField(
        label=_("About the event"),
        max_length=4000,
        help_text=_("Its purpose, who will be there, and what you hope the speakers bring."),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Tell us a little about the event and its purpose.")},
    )
    starts_at = TorontoDateTimeField(
        label=_("Starts"),
        help_text=_("Date and time, in Ontario time (Eastern)."),
        error_messages={
            "required": _("Give the date and time the event starts."),
            "invalid": _("Enter a date and time, like 2027-03-18 18:30."),
        },
    )
    ends_at = TorontoDateTimeField(
        label=_("Ends"),
        help_text=_("Date and time, in Ontario time (Eastern)."),
        error_messages={
            "required": _("Give the date and time the event ends."),
            "invalid": _("Enter a date and time, like 2027-03-18 20:00."),
        },
    )
    where = forms.ChoiceField(
        label=_("In person or online?"),
        choices=[(IN_PERSON, _("In person")), (ONLINE, _("Online"))],
        widget=ChoiceList,
        error_messages={
            "required": _("Choose in person or online."),
            "invalid_choice": _("Choose in person or online."),
        },
    )
    place = NeededForSomeAnswersField(
        label=_("Address or platform"),
        max_length=300,
        help_text=_(
            "Needed for an event in person: its address. Online: the platform you will use, if "
            "you know it (we send the link to the speakers ourselves)."
        ),
        widget=NeededForSomeAnswersInput(attrs={"autocomplete": "street-address"}),
    )
    lhin = LHINField(
        label=_("LHIN region"),
        queryset=LHIN.objects.order_by("number"),
        empty_label=None,
        widget=LHINChoiceList,
        help_text=SpeakingRequest._meta.get_field("lhin").help_text,
        error_messages={
            "required": _("Choose the LHIN region of the event."),
            "invalid_choice": _("Choose one of the 14 LHIN regions listed."),
        },
    )
    audience = forms.ChoiceField(
        label=_("Who will be in the audience?"),
        choices=[("", _("Choose the main audience")), *Audience.choices],
        error_messages={
            "required": _("Choose who will be in the audience."),
            "invalid_choice": _("Choose an audience from the list."),
        },
    )
    audience_size = forms.IntegerField(
        label=_("About how many people?"),
        min_value=1,
        max_value=AUDIENCE_MAXIMUM,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Give an idea of how many people will be there."),
            "invalid": _("Enter a whole number, like 40."),
            "min_value": _("Enter at least 1."),
            "max_value": _("Enter at most 100,000. For more, tell us in “About the event”."),
        },
    )
    format = forms.ChoiceField(
        label=_("What kind of event is it?"),
        choices=Format.choices,
        widget=ChoiceList,
        error_messages={
            "required": _("Choose the kind of event."),
            "invalid_choice": _("Choose a kind of event from the list."),
        },
    )
    topics = TopicsField(
        label=_("Topics"),
        queryset=Topic.objects.filter(active=True),
        widget=CheckboxList(columns=True),
        help_text=_("Choose one or more: we look for speakers who speak about them."),
        error_messages={
            "required": _("Choose at least one topic."),
            "invalid_choice": _("Choose topics from the list."),
            "invalid_pk_value": _("Choose topics from the list."),
        },
    )

    # The speakers.
    speakers_needed = forms.TypedChoiceField(
        label=_("How many speakers?"),
        choices=SpeakingRequest._meta.get_field("speakers_needed").choices,
        coerce=int,
        initial=2,
        widget=ChoiceList,
        help_text=_(
            "We recommend two. Speakers who come together support each other before and after "
            "they speak, and your audience hears more than one experience."
        ),
        error_messages={
            "required": _("Choose one speaker or a pair."),
            "invalid_choice": _("Choose one speaker or a pair."),
        },
    )
    # The directory's address of a speaker the host asked for (`?speaker=` on the form's link).
    requested_speaker = forms.CharField(required=False, widget=forms.HiddenInput)

    # What is offered.
    honorarium_offered = forms.DecimalField(
        label=_("Honorarium offered per speaker (CAD)"),
        required=False,
        min_value=Decimal("0"),
        max_value=HONORARIUM_MAXIMUM,
        max_digits=7,
        decimal_places=2,
        help_text=_(
            "Speakers share expertise: we ask hosts to offer an honorarium. Leave it empty if you "
            "are not sure yet, and we will talk about it. A speaker may decline it."
        ),
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01"}),
        error_messages={
            "invalid": _("Enter an amount in dollars, like 150 or 150.00."),
            "min_value": _("The honorarium cannot be less than $0."),
            "max_value": _("Enter at most $5,000 per speaker."),
            "max_decimal_places": _("Enter dollars and cents, with at most two decimals."),
            "max_digits": _("Enter at most $5,000 per speaker."),
            "max_whole_digits": _("Enter at most $5,000 per speaker."),
        },
    )
    travel_offered = forms.BooleanField(
        label=_("We cover the speakers' travel costs"), required=False
    )
    media_present = forms.BooleanField(
        label=_("Media will be present"),
        required=False,
        help_text=_(
            "Press, radio, video or a livestream. Speakers decide with this in mind: some speak "
            "only where there is no media."
        ),
    )
    accessibility = forms.CharField(
        label=_("Access at the event"),
        max_length=2000,
        required=False,
        help_text=SpeakingRequest._meta.get_field("accessibility").help_text,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, speaker: Speaker | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.speaker = speaker
        # Until coordinators have listed topics there is nothing to choose, and the form must
        # still be sendable.
        if not Topic.objects.filter(active=True).exists():
            del self.fields["topics"]
        if speaker is not None:
            self.initial["requested_speaker"] = str(speaker.public_id)

    @property
    def speaker_name(self) -> str:
        return public_name(self.speaker) if self.speaker is not None else ""

    def clean_requested_speaker(self):
        # A speaker who is no longer listed is left out: the coordinators match someone else.
        self.speaker = requestable_speaker(self.cleaned_data.get("requested_speaker"))
        return self.speaker

    def service_data(self) -> dict:
        """The cleaned data as `request_submit` takes it."""
        data = dict(self.cleaned_data)
        data["online"] = data.pop("where") == ONLINE
        return data


class CancelForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, cancel this request"),
        error_messages={"required": _("Tick the box to confirm that you want to cancel.")},
    )
    reason = forms.CharField(
        label=_("Why are you cancelling?"),
        max_length=2000,
        required=False,
        help_text=_("Optional. It helps the coordinators, and is not shared with the speakers."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class HostFeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Overall, how did it go?"),
        choices=HostFeedback.Rating.choices,
        coerce=int,
        widget=ChoiceList,
        error_messages={
            "required": _("Choose how it went overall."),
            "invalid_choice": _("Choose how it went, from excellent to very poor."),
        },
    )
    went_well = forms.CharField(
        label=_("What went well?"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    could_improve = forms.CharField(
        label=_("What could be better?"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    would_request_again = forms.TypedChoiceField(
        label=_("Would you request a speaker from the bureau again?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=ChoiceList,
        error_messages={
            "required": _("Choose yes or no."),
            "invalid_choice": _("Choose yes or no."),
        },
    )
