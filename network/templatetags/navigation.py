"""`{% nav_links "main" as links %}`: the header's links (network.navigation), read inside the
header's cached fragments, so they never depend on a context processor having run."""

from django import template

from network import navigation

register = template.Library()


@register.simple_tag
def nav_links(which: str) -> tuple[navigation.Link, ...]:
    return {"main": navigation.MAIN, "account": navigation.ACCOUNT}[which]
