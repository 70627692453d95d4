"""Template filters of the speakers' bureau's emails."""

from django import template

from network.richtext import html_to_lines

register = template.Library()


@register.filter
def text_lines(value: str) -> list[str]:
    """Stored rich text as plain lines, for plain-text emails."""
    return html_to_lines(value)
