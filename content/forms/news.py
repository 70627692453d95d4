"""Content forms: the news part (the list's filters, and the post's form in the admin)."""

from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from network.forms import LHINFilterField
from network.images import ACCEPTED_FORMATS, reencode_image

from ..models import NewsPost
from ..selectors import news as selectors

PICTURE_SIDE = 1600


class NewsFilterForm(forms.Form):
    """The list's filters, read from the address (GET) so a filtered list can be shared."""

    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=selectors.news_topics(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any topic"),
        error_messages={"invalid_choice": _("Please choose one of the topics listed.")},
    )
    lhin = LHINFilterField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].label_from_instance = lambda topic: topic.display_name

    def filters(self) -> dict:
        return {"topic": self.cleaned_data["topic"], "lhin": self.cleaned_data["lhin"]}


class _CurrentPicture:
    """What the file widget links to as "Currently": the picture's own route, which checks who
    may see it, never the storage's address (public for a members-only post otherwise)."""

    def __init__(self, url: str, label: str) -> None:
        self.url = url
        self._label = label

    def __str__(self) -> str:
        return self._label


class NewsPictureWidget(AdminFileWidget):
    picture_url = ""

    def format_value(self, value):
        if self.is_initial(value) and self.picture_url:
            return _CurrentPicture(self.picture_url, str(_("the current picture")))
        return super().format_value(value)


class NewsPostAdminForm(forms.ModelForm):
    # A plain file field: the picture is checked (type, size, pixels) by reencode_image alone,
    # before Pillow decodes it, with messages written for people, not Django's generic one.
    image = forms.FileField(
        label=_("picture"),
        required=False,
        widget=NewsPictureWidget(
            attrs={"accept": ",".join(f"image/{f.lower()}" for f in ACCEPTED_FORMATS)}
        ),
        help_text=_(
            "JPEG, PNG, WebP or GIF, up to 5 MB. It is stored again without its metadata "
            "(camera, place, date)."
        ),
    )

    class Meta:
        model = NewsPost
        fields = [
            "title",
            "title_fr",
            "slug",
            "summary",
            "summary_fr",
            "body",
            "body_fr",
            "image",
            "image_alt",
            "image_alt_fr",
            "topics",
            "lhins",
            "status",
            "access",
            "published_at",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["image"].widget.picture_url = self.instance.picture_url
        # The admin splits the date and the time into two boxes under one label: name each.
        parts = getattr(self.fields["published_at"].widget, "widgets", ())
        for part, label in zip(parts, (_("Publication date"), _("Publication time")), strict=False):
            part.attrs["aria-label"] = label

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if isinstance(upload, UploadedFile):
            return reencode_image(upload, max_side=PICTURE_SIDE)
        return upload
