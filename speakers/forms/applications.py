"""Speakers' bureau forms: the applications part, one form per step of the application.

A draft may be saved unfinished: while it is a draft, only what was typed is checked, and
`application_missing` lists what is still needed before it is submitted. An approved speaker's
profile is live, so their steps check everything needed at once (`strict`). `required` on each
field states the rule for submitting, so the labels say "optional" truthfully either way.
"""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from members.forms import STAFF_WORDS, CheckboxList, ChoiceList, LHINField
from network.choices import SpokenLanguage
from network.images import reencode_image
from network.models import LHIN

from ..models import (
    Audience,
    Format,
    HonorariumPreference,
    SafetyPlan,
    Speaker,
    Travel,
)
from ..models.applications import MONTHLY_LIMIT_MAXIMUM
from ..selectors.applications import (
    CONSENT_FIELDS,
    topics_offered,
    training_attended_by,
    training_recorded_by,
)


class StepForm(forms.ModelForm):
    """One step of the application. `person` is the applicant, `strict` whether everything
    needed for submitting is required now (an approved speaker's live profile)."""

    def __init__(self, *args, person, strict: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.strict = strict

    def full_clean(self) -> None:
        if self.strict:
            return super().full_clean()
        required = {name: field.required for name, field in self.fields.items()}
        for name in getattr(self, "needed_to_submit", ()):
            self.fields[name].required = False
        try:
            super().full_clean()
        finally:
            for name, value in required.items():
                self.fields[name].required = value

    def step_data(self) -> dict:
        """The step's values, as `application_save` takes them."""
        return dict(self.cleaned_data)


class NamedChoiceField(forms.ModelMultipleChoiceField):
    """Topics and LHINs by their names in the current language."""

    def label_from_instance(self, obj) -> str:
        return obj.display_name


class AboutForm(StepForm):
    needed_to_submit = ("name", "bio", "home_lhin")

    home_lhin = LHINField(
        label=_("Your home LHIN region"),
        queryset=LHIN.objects.order_by("number"),
        empty_label=_("Choose your LHIN region"),
        help_text=_("Where you live. Its coordinators look after your application."),
        error_messages={
            "required": _("Please choose your home LHIN region."),
            "invalid_choice": _("Please choose one of the 14 LHIN regions listed."),
        },
    )
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_(
            "JPEG, PNG, WebP or GIF, up to 5 MB. We keep a copy without its hidden details "
            "(such as where and when it was taken). It need not be of you, and you don't need "
            "one."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
        error_messages={
            "empty": _("This file is empty. Please choose a picture."),
            "invalid": _("Please choose a picture to upload."),
        },
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)

    class Meta:
        model = Speaker
        fields = ["name", "home_lhin", "bio", "photo_alt"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "nickname"}),
            "bio": forms.Textarea(attrs={"rows": 8, "maxlength": 2000}),
        }
        help_texts = {
            "bio": _(
                "A few sentences for hosts and the public: what you speak about and why it "
                "matters to you. You choose what to share: nobody is entitled to your story. Up "
                "to 2,000 characters."
            ),
        }
        error_messages = {
            "name": {"required": _("Please enter a name to show: a first name or a pseudonym.")},
            "bio": {"required": _("Please write a few words about yourself as a speaker.")},
        }

    field_order = ["name", "home_lhin", "bio", "photo", "remove_photo", "photo_alt"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.needed_to_submit:
            self.fields[name].required = True
        if not self.instance.name:
            # Start from the account's display name; the person may choose another here.
            self.initial["name"] = self.person.display_name
        if not self.instance.photo:
            del self.fields["remove_photo"]

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if "@" in name:
            raise forms.ValidationError(
                _("A name to show cannot be an email address."), code="email"
            )
        if STAFF_WORDS.search(name):
            raise forms.ValidationError(
                _(
                    "Please choose a name that does not sound like a staff role (such as admin "
                    "or coordinator), so no host is misled."
                ),
                code="staff",
            )
        return name

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        return reencode_image(upload, max_side=800) if upload else None

    def clean(self) -> dict:
        data = super().clean()
        keeps_photo = bool(self.instance.photo) and not data.get("remove_photo")
        has_photo = data.get("photo") is not None or keeps_photo
        if has_photo and not (data.get("photo_alt") or "").strip():
            self.add_error(
                "photo_alt",
                forms.ValidationError(
                    _(
                        "Please describe your photo in a few words, for people who use screen "
                        "readers (for example “Morgan smiling, in a green jacket”)."
                    ),
                    code="required",
                ),
            )
        return data


class SpeakingForm(StepForm):
    needed_to_submit = ("topics", "formats", "lhins_served", "languages")

    topics = NamedChoiceField(
        label=_("Topics you speak about"),
        queryset=None,
        widget=CheckboxList(columns=True),
        help_text=_(
            "Choose all that fit. On the day you still decide what you share, and your safety "
            "plan can hold what you won't speak about."
        ),
        error_messages={
            "required": _("Please choose at least one topic."),
            "invalid_choice": _("Please choose from the topics listed."),
            "invalid_pk_value": _("Please choose from the topics listed."),
        },
    )
    formats = forms.MultipleChoiceField(
        label=_("Formats"),
        choices=Format.choices,
        widget=CheckboxList(columns=True),
        help_text=_("The kinds of speaking you are willing to do."),
        error_messages={
            "required": _("Please choose at least one format."),
            "invalid_choice": _("Please choose from the formats listed."),
        },
    )
    audiences = forms.MultipleChoiceField(
        label=_("Audiences"),
        choices=Audience.choices,
        required=False,
        widget=CheckboxList(columns=True),
        help_text=_("Who you would like to speak to."),
        error_messages={"invalid_choice": _("Please choose from the audiences listed.")},
    )
    lhins_served = NamedChoiceField(
        label=_("LHIN regions you serve"),
        queryset=LHIN.objects.order_by("number"),
        widget=CheckboxList(columns=True),
        help_text=_("Where you are willing to speak, in person or online."),
        error_messages={
            "required": _("Please choose at least one LHIN region."),
            "invalid_choice": _("Please choose from the LHIN regions listed."),
            "invalid_pk_value": _("Please choose from the LHIN regions listed."),
        },
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak in"),
        choices=SpokenLanguage.choices,
        widget=CheckboxList(columns=True),
        error_messages={
            "required": _("Please choose at least one language."),
            "invalid_choice": _("Please choose from the languages listed."),
        },
    )
    travel = forms.ChoiceField(
        label=_("How far you travel"),
        choices=Travel.choices,
        required=False,
        widget=ChoiceList,
        error_messages={"invalid_choice": _("Please choose one of the options listed.")},
    )
    monthly_limit = forms.IntegerField(
        label=_("Engagements a month, at most"),
        min_value=1,
        max_value=MONTHLY_LIMIT_MAXIMUM,
        help_text=_(
            "Coordinators never offer you more than this in a month. From 1 to %(maximum)s."
        )
        % {"maximum": MONTHLY_LIMIT_MAXIMUM},
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Please give a number from 1 to %(maximum)s.")
            % {"maximum": MONTHLY_LIMIT_MAXIMUM},
            "invalid": _("Please give a whole number from 1 to %(maximum)s.")
            % {"maximum": MONTHLY_LIMIT_MAXIMUM},
            "min_value": _("Please give a number from 1 to %(maximum)s.")
            % {"maximum": MONTHLY_LIMIT_MAXIMUM},
            "max_value": _("Please give a number from 1 to %(maximum)s.")
            % {"maximum": MONTHLY_LIMIT_MAXIMUM},
        },
    )

    class Meta:
        model = Speaker
        fields = [
            "topics",
            "formats",
            "audiences",
            "lhins_served",
            "languages",
            "travel",
            "availability",
            "monthly_limit",
        ]
        help_texts = {
            "availability": _("For example “weekday evenings” or “not in July and August”."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = topics_offered(self.instance)
        if not self.initial.get("lhins_served") and self.instance.home_lhin_id:
            # Most people speak where they live: start from the home region.
            self.initial["lhins_served"] = [self.instance.home_lhin_id]


class TrainingChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        if hasattr(obj, "session"):
            return _("%(course)s, %(date)s") % {
                "course": obj.session.course.display_title,
                "date": date_format(timezone.localtime(obj.session.starts_at), "DATE_FORMAT"),
            }
        return _("%(title)s (%(provider)s), %(date)s") % {
            "title": obj.title,
            "provider": obj.provider,
            "date": date_format(obj.completed_on, "DATE_FORMAT"),
        }


class BackgroundForm(StepForm):
    training_registrations = TrainingChoiceField(
        label=_("Training you attended with the network"),
        queryset=None,
        required=False,
        widget=CheckboxList,
        error_messages={"invalid_choice": _("Please choose from your own training listed.")},
    )
    training_external = TrainingChoiceField(
        label=_("Training you took elsewhere"),
        queryset=None,
        required=False,
        widget=CheckboxList,
        error_messages={"invalid_choice": _("Please choose from your own training listed.")},
    )
    honorarium_preference = forms.ChoiceField(
        label=_("Honorarium"),
        choices=HonorariumPreference.choices,
        widget=ChoiceList,
        help_text=_("Private. You can change your mind for any engagement."),
        error_messages={
            "required": _("Please choose how you prefer to be paid, or that you volunteer."),
            "invalid_choice": _("Please choose one of the options listed."),
        },
    )

    class Meta:
        model = Speaker
        fields = [
            "training_registrations",
            "training_external",
            "references",
            "accessibility_needs",
            "honorarium_preference",
        ]
        widgets = {
            "references": forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        }
        help_texts = {
            "references": _(
                "One or two people who know your work, and how to reach them. Only the people "
                "reviewing your application see them. If you cannot give any, leave this empty."
            ),
            "accessibility_needs": _(
                "Anything a host should arrange for you, such as a chair, a microphone, step-free "
                "access or a quiet room. Private: shared with a host only as needed."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["training_registrations"].queryset = training_attended_by(self.person)
        self.fields["training_external"].queryset = training_recorded_by(self.person)
        # Without any, the step says so and links to the record instead of an empty list.
        self.has_attended = self.fields["training_registrations"].queryset.exists()
        self.has_recorded = self.fields["training_external"].queryset.exists()


# What each consent means, said plainly next to it.
CONSENT_HELP = {
    "show_name": _(
        "If you don't, the directory calls you “a speaker from the bureau”, or names your "
        "region if you publish it."
    ),
    "show_bio": _("What you wrote about yourself in “About you”."),
    "show_photo": _("Only if you gave one. Its description is shown with it."),
    "show_topics": _("The topics you speak about."),
    "show_formats": _("Roundtables, interviews, panels and the other kinds of speaking you do."),
    "show_audiences": _("Who you would like to speak to."),
    "show_lhins": _("The LHIN regions you serve (never where you live)."),
    "show_languages": _("The languages you speak in."),
    "show_travel": _("How far you travel."),
    "show_availability": _("When you are usually available."),
    "show_training": _("The titles of the training you chose in “Your background”."),
    "listed": _(
        "Your page in the public directory, with only what you ticked above. Hosts contact the "
        "network, never you directly. Without it, coordinators can still offer you requests."
    ),
}


class PublishForm(StepForm):
    class Meta:
        model = Speaker
        fields = list(CONSENT_FIELDS)
        help_texts = CONSENT_HELP


class SafetyPlanForm(forms.ModelForm):
    """The speaker's own safety plan; every field optional, empty means no plan."""

    class Meta:
        model = SafetyPlan
        fields = ["will_speak_about", "wont_speak_about", "support_person", "after_care"]
        widgets = {
            "will_speak_about": forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
            "wont_speak_about": forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
            "support_person": forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
            "after_care": forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
        }
        help_texts = {
            "will_speak_about": _("Parts of your experience you are comfortable sharing."),
            "wont_speak_about": _(
                "Anything you keep to yourself: people, places, times. You never owe anyone an "
                "explanation."
            ),
            "support_person": _("Who you can call before or after a talk, and how."),
            "after_care": _("What helps you rest and feel grounded after speaking."),
        }

    def __init__(self, *args, person=None, strict: bool = False, **kwargs):
        super().__init__(*args, **kwargs)

    def step_data(self) -> dict:
        return dict(self.cleaned_data)


STEP_FORMS: dict[str, type[forms.ModelForm]] = {
    "about": AboutForm,
    "speaking": SpeakingForm,
    "background": BackgroundForm,
    "publish": PublishForm,
    "safety": SafetyPlanForm,
}
