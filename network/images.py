"""Uploaded images, made safe to keep and to show: checked, re-encoded, stripped of metadata.

An upload is trusted for nothing: its name and content type are the sender's word. The bytes
are decoded by Pillow; only the formats listed are accepted, a picture too large to decode
safely is refused before it is decoded, and what is stored is a new JPEG drawn from the pixels
alone, so no EXIF (GPS position, camera serial, date), XMP, ICC profile or comment survives.
Profiles use it now; speakers' photos and the pages' images will too.
"""

from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# Decoding a small file can take gigabytes of memory (a "decompression bomb"): refuse any
# picture larger than a good phone camera's before its pixels are read.
MAX_PIXELS = 50_000_000
ACCEPTED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}


def reencode_image(upload, *, max_side: int = 1024, quality: int = 85) -> ContentFile:
    """A JPEG of `upload`, turned upright, at most `max_side` pixels wide and high, with no
    metadata. Raises ValidationError with a message for the person when it cannot be used."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This file is %(size)s. Please choose a picture of %(limit)s or less.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)},
            code="too_large",
        )
    if upload.size == 0:
        raise ValidationError(_("This file is empty. Please choose a picture."), code="empty")
    upload.seek(0)
    try:
        with Image.open(upload) as probe:
            image_format = probe.format
            width, height = probe.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise ValidationError(_not_a_picture(), code="invalid_image") from None
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(_not_a_picture(), code="invalid_image")
    if width * height > MAX_PIXELS:
        raise ValidationError(
            _(
                "This picture is %(width)s by %(height)s pixels, too large to use. Please choose "
                "a smaller one (a phone photo is fine)."
            )
            % {"width": width, "height": height},
            code="too_many_pixels",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as original:
            original.load()
            upright = ImageOps.exif_transpose(original)
            picture = _flattened(upright)
    except (OSError, ValueError, Image.DecompressionBombError):
        # Truncated or corrupt data that the header alone did not give away.
        raise ValidationError(_not_a_picture(), code="invalid_image") from None
    picture.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # A new image holds the pixels only: nothing of the original's info, EXIF or ICC comes along.
    clean = Image.new("RGB", picture.size)
    clean.paste(picture)
    output = BytesIO()
    clean.save(output, format="JPEG", quality=quality, optimize=True)
    return ContentFile(output.getvalue(), name="picture.jpg")


def _flattened(image: Image.Image) -> Image.Image:
    """RGB, with any transparency laid on white (JPEG has no transparency)."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _not_a_picture() -> str:
    return _(
        "This file is not a picture we can use. Please choose a file in one of these "
        "formats: %(formats)s."
    ) % {"formats": ", ".join(ACCEPTED_FORMATS.values())}
