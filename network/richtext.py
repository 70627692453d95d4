"""Rich text: written in CKEditor 5, stored only after nh3 has cleaned it.

`RichTextField` sanitizes in `get_prep_value`, so every path that writes the column (a form,
the admin, a service, a data migration through the model) stores clean HTML. Templates may
then mark it safe. The allowlist is the editor's toolbar and nothing more: no scripts, styles,
classes, images from other hosts or embeds (nothing on a page loads from another site).
"""

import difflib
import html
import re

import nh3
from django.utils.html import strip_tags
from django_ckeditor_5.fields import CKEditor5Field

TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "strong",
        "em",
        "u",
        "s",
        "a",
        "ul",
        "ol",
        "li",
        "blockquote",
        "figure",
        "figcaption",
        "img",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
    }
)
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_EXTERNAL_SRC = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    # Images only from this site (uploaded through the editor), never from another host.
    if tag == "img" and attribute == "src" and _EXTERNAL_SRC.match(value):
        return None
    return value


def sanitize_html(value: str | None) -> str:
    """Clean HTML down to the editor's allowlist; links get rel="noopener noreferrer"."""
    if not value:
        return ""
    cleaned = nh3.clean(
        value,
        tags=set(TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_attribute_filter,
        strip_comments=True,
    ).strip()
    return "" if is_empty_html(cleaned) else cleaned


def is_empty_html(value: str) -> bool:
    """True for '', '<p>&nbsp;</p>' and other HTML with no visible text or image."""
    return "<img" not in value and not html.unescape(strip_tags(value)).strip()


_BLOCK_END = re.compile(r"</(p|h[2-4]|li|blockquote|tr|figcaption)>|<br\s*/?>|<hr\s*/?>", re.I)


def html_to_lines(value: str) -> list[str]:
    """The visible text of stored HTML, one line per paragraph, heading, list item or row."""
    text = _BLOCK_END.sub("\n", value or "")
    text = re.sub(r"</t[dh]>", " | ", text, flags=re.I)
    lines = (html.unescape(strip_tags(line)).strip() for line in text.split("\n"))
    return [re.sub(r"\s+", " ", line) for line in lines if line]


def text_diff(old: str, new: str) -> list[tuple[str, str]]:
    """A readable line diff of two rich texts: (kind, line) with kind "same", "removed", "added"."""
    old_lines, new_lines = html_to_lines(old), html_to_lines(new)
    result: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            result.extend(("same", line) for line in old_lines[i1:i2])
            continue
        result.extend(("removed", line) for line in old_lines[i1:i2])
        result.extend(("added", line) for line in new_lines[j1:j2])
    return result


class RichTextField(CKEditor5Field):
    """A TextField edited with CKEditor 5 whose stored value is always sanitized by nh3."""

    def __init__(self, *args, config_name: str = "default", **kwargs) -> None:
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, config_name=config_name, **kwargs)

    def get_prep_value(self, value):
        # CKEditor5Field is a Field, not a TextField: TextField.get_prep_value(self, ...) would
        # fail on its zero-argument super(), so convert to text here as TextField does.
        value = super().get_prep_value(value)
        return sanitize_html(value if value is None or isinstance(value, str) else str(value))

    def pre_save(self, model_instance, add):
        # Keep the instance in step with what is stored, so a page rendered after save shows it.
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value
