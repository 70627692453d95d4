"""`{% for link in "main"|nav_links %}`: the header's links (network.navigation), read inside the
header's cached fragments, so they never depend on a context processor having run. A filter, not
an assignment tag: `{% ... as links %}` in base.html would set `links` for the whole page and hide
a view's own `links`."""

from django import template

from network import navigation

register = template.Library()


@register.filter
def nav_links(which: str) -> tuple[navigation.Link, ...]:
    return {"main": navigation.MAIN, "account": navigation.ACCOUNT}[which]
