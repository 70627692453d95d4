"""Speakers' bureau selectors: the requests part.

The host's private link carries the request's id signed with the site's secret key (salted for
this use only), so it can be sent again in every email without storing a secret; an altered or
guessed link opens nothing.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

from ..models import SpeakingRequest

_SALT = "speakers.host-link"


def host_token(request: SpeakingRequest) -> str:
    return signing.dumps(request.pk, salt=_SALT, compress=True)


def host_link(request: SpeakingRequest) -> str:
    """The full address of the host's page for `request`, for emails."""
    return settings.SITE_URL + reverse("speakers:host", args=[host_token(request)])


def request_for_host_token(token: str) -> SpeakingRequest | None:
    try:
        pk = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(pk, int):
        return None
    return SpeakingRequest.objects.select_related("lhin").filter(pk=pk).first()
