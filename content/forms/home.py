"""Content forms: the home part (the hero, edited in the admin)."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from network.images import ACCEPTED_FORMATS, reencode_image

from ..models import HomePage

# Wide enough for a large screen's hero, small enough to load fast on a phone.
HERO_PICTURE_SIDE = 1600


class HomePageAdminForm(forms.ModelForm):
    # A plain file field: network.images checks the upload and says what is wrong in its own
    # words (Django's ImageField would answer first, with a vaguer message).
    hero_image = forms.FileField(
        label=_("hero picture"),
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(f"image/{f.lower()}" for f in ACCEPTED_FORMATS.values())}
        ),
        help_text=_(
            "A photo or drawing that says “welcome”, without anyone who has not agreed to be "
            "shown. It is re-encoded without its metadata (such as where it was taken)."
        ),
    )

    class Meta:
        model = HomePage
        fields = [
            "headline",
            "headline_fr",
            "introduction",
            "introduction_fr",
            "hero_image",
            "hero_image_alt",
            "hero_image_alt_fr",
        ]

    def clean_hero_image(self):
        picture = self.cleaned_data.get("hero_image")
        if isinstance(picture, UploadedFile):
            return reencode_image(picture, max_side=HERO_PICTURE_SIDE)
        return picture
