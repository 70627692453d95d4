import re

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from network.choices import PeerRole, SpokenLanguage
from network.forms import LHINFilterField
from network.images import reencode_image
from network.models import LHIN

from .models import (
    HeardAbout,
    MembershipApplication,
    MembershipType,
    OrganizationKind,
    Profile,
    User,
    Visibility,
    display_name_validator,
)

# Words that would make a member look like staff to other members, in English and French.
STAFF_WORDS = re.compile(
    r"\b(admin\w*|administrat\w*|moderat\w*|modérat\w*|mod|coordinat\w*|coordonnat\w*|"
    r"staff|official|officiel\w*|support team)\b",
    re.IGNORECASE,
)


def clean_display_name(value: str, *, person: User | None = None) -> str:
    """Collapse spaces; refuse an email address, a name that sounds like staff, and a name taken
    by someone else in any letter case, each as a message on the field (the database constraint
    alone would only give a form-wide one)."""
    name = " ".join(value.split())
    if "@" in name:
        raise forms.ValidationError(_("A display name cannot be an email address."), code="email")
    if STAFF_WORDS.search(name):
        raise forms.ValidationError(
            _(
                "Please choose a name that does not sound like a staff role (such as admin, "
                "moderator or coordinator), so no one is misled."
            ),
            code="staff",
        )
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


# --- Applying and being a member ----------------------------------------------------------------


class ChoiceList(forms.RadioSelect):
    """Radio buttons, each with a label and, when given, a description tied to it by
    aria-describedby (the definition of a membership type, the areas of an LHIN)."""

    template_name = "members/widgets/choice_list.html"

    def __init__(self, *args, descriptions: dict | None = None, columns: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.descriptions = descriptions or {}
        self.columns = columns

    def id_for_label(self, id_, index=None):
        # Django gives a group no label id (its <legend> names it); the error summary still needs
        # a target for its link, so it is the first option, as it was before Django 4.0.
        return super().id_for_label(id_, "0" if index is None else index)

    def describe(self, value) -> str:
        return self.descriptions.get(str(value), "")

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        description = self.describe(value)
        if description and option["attrs"].get("id"):
            option["description"] = description
            option["attrs"]["aria-describedby"] = f"{option['attrs']['id']}_description"
        return option

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["columns"] = self.columns
        return context


class CheckboxList(ChoiceList, forms.CheckboxSelectMultiple):
    """Checkboxes laid out like ChoiceList."""


class LHINChoiceList(ChoiceList):
    """The LHINs as radio buttons, each described by the areas it covers. Each option carries its
    names and areas in both languages for the finder (static/js/lhin-finder.js), which only
    narrows what is shown: the person always chooses."""

    def describe(self, value) -> str:
        lhin = getattr(value, "instance", None)
        if lhin is None:
            return ""
        return _("Areas: %(areas)s") % {"areas": lhin.display_areas}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        lhin = getattr(value, "instance", None)
        if lhin is not None:
            option["search_text"] = " ".join([lhin.name, lhin.name_fr, lhin.areas, lhin.areas_fr])
        return option


MEMBERSHIP_TYPE_DEFINITIONS = {
    MembershipType.FULL: _(
        "You have lived or living experience of substance use. This is self-identified: a "
        "single attestation, never a story or proof. Full members vote and may stand for "
        "governance roles."
    ),
    MembershipType.SUPPORTING: _(
        "Family members, allies, professionals and organizations who support peer work: "
        "resources, training and forums, without a vote."
    ),
}


class LHINField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.display_name


def display_name_field() -> forms.CharField:
    return forms.CharField(
        label=_("Display name"),
        max_length=40,
        validators=[display_name_validator],
        help_text=User._meta.get_field("display_name").help_text,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
        error_messages={"required": _("Please enter a display name: a pseudonym is welcome.")},
    )


def languages_field() -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=_("Languages you can use with peers"),
        choices=SpokenLanguage.choices,
        required=False,
        widget=CheckboxList(columns=True),
    )


def interests_field(**kwargs) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=_("Peer roles that interest you"),
        choices=PeerRole.choices,
        required=False,
        widget=CheckboxList,
        **kwargs,
    )


class MembershipApplicationForm(forms.ModelForm):
    """The application: one form, saved as a draft or submitted.

    Saving a draft only checks that what was typed is valid; submitting also checks that
    everything needed is there. `required` on each field states the rule for submitting (so the
    labels say "optional" truthfully either way) and is relaxed only while a draft is validated.
    """

    display_name = display_name_field()
    membership_type = forms.ChoiceField(
        label=_("Membership type"),
        choices=MembershipType.choices,
        widget=ChoiceList(descriptions=MEMBERSHIP_TYPE_DEFINITIONS),
        error_messages={
            "required": _("Please choose full or supporting membership."),
            "invalid_choice": _("Please choose full or supporting membership."),
        },
    )
    organization_kind = forms.ChoiceField(
        label=_("Kind of organization"),
        choices=[("", _("Choose a kind of organization")), *OrganizationKind.choices],
        required=False,
    )
    lhin = LHINField(
        label=_("Your LHIN region"),
        queryset=LHIN.objects.order_by("number"),
        empty_label=None,
        widget=LHINChoiceList,
        help_text=_(
            "Choose the region you live or work in. Boundaries only roughly follow towns: "
            "choose the one that fits you best."
        ),
        error_messages={
            "required": _("Please choose your LHIN region."),
            "invalid_choice": _("Please choose one of the 14 LHIN regions listed."),
        },
    )
    languages = languages_field()
    interests = interests_field(
        help_text=_("Now or one day. It helps us plan training; it commits you to nothing."),
    )
    heard_about = forms.ChoiceField(
        label=_("How did you hear of the network?"),
        choices=[("", _("I'd rather not say")), *HeardAbout.choices],
        required=False,
    )
    accept_terms = forms.BooleanField(
        label=_("I accept the terms of membership"),
        error_messages={
            "required": _("Please accept the terms of membership to submit your application.")
        },
    )
    accept_privacy = forms.BooleanField(
        label=_("I have read and accept the privacy statement"),
        error_messages={
            "required": _("Please accept the privacy statement to submit your application.")
        },
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "membership_type",
            "lived_experience_attested",
            "organization_name",
            "organization_kind",
            "lhin",
            "pronouns",
            "languages",
            "interests",
            "heard_about",
            "heard_about_detail",
            "contact_news",
            "contact_events",
            "contact_opportunities",
        ]
        widgets = {
            "organization_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "pronouns": forms.TextInput(attrs={"autocomplete": "off"}),
        }
        help_texts = {
            "lived_experience_attested": _(
                "For full members. This is all we ask: no details, no story and no proof."
            ),
            "organization_name": _(
                "For supporting members who join for an organization. Leave empty to join as "
                "yourself."
            ),
            "pronouns": _("For example she/her, he/him or they/them."),
            "heard_about_detail": _("For example the name of the event or organization."),
        }

    field_order = [
        "display_name",
        "pronouns",
        "membership_type",
        "lived_experience_attested",
        "organization_name",
        "organization_kind",
        "lhin",
        "languages",
        "interests",
        "heard_about",
        "heard_about_detail",
        "contact_news",
        "contact_events",
        "contact_opportunities",
        "accept_terms",
        "accept_privacy",
    ]

    def __init__(self, *args, applicant: User, submit: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.applicant = applicant
        self.submit = submit
        self.fields["display_name"].initial = applicant.display_name
        # In a new tab, so what has been typed here is not lost on the way.
        self.fields["accept_terms"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("members:terms"),
            _("Read the terms of membership (opens in a new tab)"),
        )
        self.fields["accept_privacy"].help_text = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("privacy"),
            _("Read the privacy statement (opens in a new tab)"),
        )

    def full_clean(self) -> None:
        if self.submit:
            return super().full_clean()
        # A draft: only what was typed is checked. The display name stays required, as the
        # account always has one.
        required = {name: field.required for name, field in self.fields.items()}
        for name, field in self.fields.items():
            field.required = name == "display_name"
        try:
            super().full_clean()
        finally:
            for name, value in required.items():
                self.fields[name].required = value

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"], person=self.applicant)

    def clean(self) -> dict:
        data = super().clean()
        if not self.submit:
            return data
        membership_type = data.get("membership_type")
        if membership_type == MembershipType.FULL and not data.get("lived_experience_attested"):
            self.add_error(
                "lived_experience_attested",
                forms.ValidationError(
                    _(
                        "To join as a full member, please tick to confirm you have lived or "
                        "living experience of substance use. No details are asked."
                    ),
                    code="required",
                ),
            )
        if membership_type == MembershipType.SUPPORTING:
            name, kind = data.get("organization_name"), data.get("organization_kind")
            if name and not kind:
                self.add_error(
                    "organization_kind",
                    forms.ValidationError(
                        _("Please choose the kind of organization, or leave its name empty."),
                        code="required",
                    ),
                )
            if kind and not name:
                self.add_error(
                    "organization_name",
                    forms.ValidationError(
                        _("Please give the organization's name, or leave its kind empty."),
                        code="required",
                    ),
                )
        return data

    def application_data(self) -> dict:
        """The application's fields, as the service saves them (the consents are its own)."""
        return {name: self.cleaned_data.get(name) for name in self._meta.fields}


class LHINSelect(forms.Select):
    def use_required_attribute(self, initial) -> bool:
        # Select's own check reads the first option, another query for the LHINs; there is no
        # empty option among them to check for.
        return not self.is_hidden


def lhin_select_field(*, label, help_text) -> LHINField:
    """The 14 LHINs in a select, for a member who is moving (the application lists them)."""
    return LHINField(
        label=label,
        queryset=LHIN.objects.order_by("number"),
        empty_label=None,
        widget=LHINSelect,
        help_text=help_text,
        error_messages={
            "required": _("Please choose an LHIN region."),
            "invalid_choice": _("Please choose one of the 14 LHIN regions listed."),
        },
    )


class ChangeLHINForm(forms.Form):
    lhin = lhin_select_field(
        label=_("Move to the LHIN region"),
        help_text=_(
            "If you have moved, or another region fits you better. The coordinators of your "
            "new LHIN become your coordinators."
        ),
    )


# --- Profile, directory, closing ----------------------------------------------------------------


class VisibilitySelect(forms.Select):
    def use_required_attribute(self, initial) -> bool:
        return False  # every option is a real choice; there is no empty one to refuse


# The order of the profile form's fields, and of its error summary.
PROFILE_FORM_ORDER = [
    "display_name",
    "display_name_visibility",
    "pronouns",
    "pronouns_visibility",
    "bio",
    "bio_visibility",
    "photo_visibility",
    "lhin",
    "lhin_visibility",
    "languages",
    "languages_visibility",
    "interests",
    "interests_visibility",
    "in_directory",
    "contact_news",
    "contact_events",
    "contact_opportunities",
]


class ProfileForm(forms.ModelForm):
    """The member's profile: each field followed by who may see it (the template pairs them).

    The display name is the account's and the LHIN the membership's: the view passes them on
    to their own services.
    """

    display_name = display_name_field()
    lhin = lhin_select_field(
        label=_("Your LHIN region"),
        help_text=_("If you move to another region, its coordinators become your coordinators."),
    )
    languages = languages_field()
    interests = interests_field()

    class Meta:
        model = Profile
        # The display name is the account's and the LHIN the membership's: declared above.
        fields = [name for name in PROFILE_FORM_ORDER if name not in ("display_name", "lhin")]
        widgets = {
            "pronouns": forms.TextInput(attrs={"autocomplete": "off"}),
            "bio": forms.Textarea(attrs={"rows": 6, "maxlength": 1500}),
        }
        labels = {"bio": _("About you")}
        help_texts = {
            "display_name_visibility": _(
                "Your profile page opens only to these people. Each field below is shown only to "
                "those of them you choose for that field."
            ),
            "pronouns": _("For example she/her, he/him or they/them."),
            "bio": _(
                "A few words for peers, if you like: what brings you here, what you enjoy. You "
                "never have to share your story. Up to 1,500 characters."
            ),
            "in_directory": _(
                "Members can then find you by the fields you show to members. Your profile "
                "must be visible to members for this."
            ),
        }

    field_order = PROFILE_FORM_ORDER

    def __init__(self, *args, person: User, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.person = person
        self.fields["display_name"].initial = person.display_name
        self.fields["lhin"].initial = membership.lhin_id
        for name in Profile.VISIBLE_FIELDS:
            field = self.fields[f"{name}_visibility"]
            field.widget = VisibilitySelect(choices=field.choices)
            field.error_messages["invalid_choice"] = _("Please choose who can see this.")

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"], person=self.person)

    def clean(self) -> dict:
        data = super().clean()
        visibility = data.get("display_name_visibility")
        if data.get("in_directory") and visibility is not None and visibility < Visibility.MEMBERS:
            self.add_error(
                "in_directory",
                forms.ValidationError(
                    _(
                        "To be listed in the directory, members must be able to see your "
                        'profile: choose "%(members)s" or "%(public)s" for who can see your '
                        "profile and display name, or untick this."
                    )
                    % {"members": Visibility.MEMBERS.label, "public": Visibility.PUBLIC.label},
                    code="hidden_from_members",
                ),
            )
        return data

    def profile_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class ProfilePhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Choose a photo"),
        help_text=_(
            "JPEG, PNG, WebP or GIF, up to 5 MB. We keep a copy without its hidden details "
            "(such as where and when it was taken). It need not be of you."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
        error_messages={
            "required": _("Please choose a picture to upload."),
            "empty": _("This file is empty. Please choose a picture."),
            "invalid": _("Please choose a picture to upload."),
        },
    )

    def clean_photo(self):
        return reencode_image(self.cleaned_data["photo"], max_side=800)


class DirectoryFilterForm(forms.Form):
    name = forms.CharField(
        label=_("Display name"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    lhin = LHINFilterField(to_field_name=None)
    interest = forms.ChoiceField(
        label=_("Interested in"),
        choices=[("", _("Any peer role")), *PeerRole.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the peer roles listed.")},
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language")), *SpokenLanguage.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the languages listed.")},
    )

    def filters(self) -> dict:
        return {
            "lhin": self.cleaned_data["lhin"],
            "interest": self.cleaned_data["interest"],
            "language": self.cleaned_data["language"],
            "name": " ".join(self.cleaned_data["name"].split()),
        }


class CloseAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that closing my account cannot be undone"),
        error_messages={
            "required": _("Please tick to confirm that you want to close your account for good.")
        },
    )
