"""Content forms: the resources part (the library's filters, and the editors' form in the
admin with its file checks and what each kind needs)."""

from urllib.parse import urlsplit

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from network.models import LHIN
from network.richtext import sanitize_html
from training.forms.catalogue import CoreCompetencyFilterField

from ..models import ContentLanguage, Resource
from ..selectors.resources import ResourceFilters
from ..services import resources as services

PROVINCIAL = "provincial"
SEARCH_MAX_LENGTH = 200


class ResourceFilterForm(forms.Form):
    """Search and filters of the library, read from the address (GET)."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=SEARCH_MAX_LENGTH,
        help_text=_("Words in English or French, e.g. boundaries or limites."),
        error_messages={
            "max_length": _(
                "Please use at most %(limit_value)d characters (this search has %(show_value)d)."
            )
        },
    )
    competency = CoreCompetencyFilterField()
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("Any kind")), *Resource.Kind.choices],
        required=False,
        error_messages={"invalid_choice": _("Please choose one of the kinds listed.")},
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language")), *ContentLanguage.choices],
        required=False,
        help_text=_("Resources in English and French are listed for both languages."),
        error_messages={"invalid_choice": _("Please choose one of the languages listed.")},
    )
    lhin = forms.ChoiceField(
        label=_("Region"),
        required=False,
        help_text=_("Provincial resources are listed for every LHIN region."),
        error_messages={
            "invalid_choice": _("Please choose provincial or one of the 14 LHIN regions listed.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lhins = {lhin.slug: lhin for lhin in LHIN.objects.order_by("number")}
        self.fields["lhin"].choices = [
            ("", _("Any region")),
            (PROVINCIAL, _("Provincial only (all of Ontario)")),
            *((slug, lhin.display_name) for slug, lhin in self._lhins.items()),
        ]

    def filters(self) -> ResourceFilters:
        if not self.is_bound:
            return ResourceFilters()
        data = self.cleaned_data
        region = data["lhin"]
        return ResourceFilters(
            q=data["q"].strip(),
            kind=data["kind"],
            language=data["language"],
            lhin=self._lhins.get(region),
            provincial_only=region == PROVINCIAL,
            competency=data["competency"],
        )


class ResourceAdminForm(forms.ModelForm):
    """The admin's form. The file is checked by its content (services.resource_file_check)
    before anything is stored, and each kind asks for what it needs, with the message on the
    field to fill. The stored file is never linked from here by its storage address: the
    admin shows its name and the download page, which checks who may have it."""

    upload = forms.FileField(
        label=_("File"),
        required=False,
        help_text=format_lazy(
            _(
                "Up to {limit}: {types}. A picture is re-encoded as JPEG; a new file replaces the "
                "old one."
            ),
            limit=lazy(filesizeformat, str)(services.MAX_FILE_BYTES),  # in the reader's language
            types=services.ACCEPTED_TYPES,
        ),
    )
    url = forms.URLField(
        label=_("Link"),
        max_length=500,
        required=False,
        assume_scheme="https",  # an address typed without its scheme
        help_text=_("The address of the page, video or document on another site."),
    )
    remove_file = forms.BooleanField(
        label=_("Remove the file"),
        required=False,
        help_text=_("The resource keeps its link, if it has one."),
    )

    class Meta:
        model = Resource
        fields = [
            "kind",
            "title",
            "title_fr",
            "slug",
            "summary",
            "summary_fr",
            "body",
            "body_fr",
            "url",
            "language",
            "lhin",
            "competencies",
            "access",
            "status",
            "reviewed_on",
        ]

    checked_file: services.CheckedFile | None = None

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            self.checked_file = services.resource_file_check(upload)
        return upload

    def clean_url(self):
        url = self.cleaned_data.get("url", "")
        if url and urlsplit(url).scheme.lower() not in services.WEB_SCHEMES:
            raise forms.ValidationError(
                _("Please give a web address starting with https:// (or http://)."),
                code="not_web",
            )
        return url

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        url = cleaned.get("url")
        will_have_file = self.checked_file is not None or (
            bool(self.instance.file) and not cleaned.get("remove_file")
        )
        answered = "upload" in self.errors or "url" in self.errors  # one message is enough
        if kind in (Resource.Kind.LINK, Resource.Kind.VIDEO) and not url and not answered:
            self.add_error("url", _("A link or a video needs its address: please give the link."))
        if kind == Resource.Kind.DOCUMENT and not url and not will_have_file and not answered:
            self.add_error(
                "upload",
                _("A document needs a file or a link: please upload the file or give its link."),
            )
        if kind == Resource.Kind.TOOL and not sanitize_html(cleaned.get("body") or ""):
            self.add_error(
                "body",
                _("A tool is its text: please write the tool (its checklist or questions) here."),
            )
        return cleaned
