from django.conf import settings
from django.http import HttpRequest

from . import navigation


def site(request: HttpRequest) -> dict:
    return {
        "network_contact_email": settings.NETWORK_CONTACT_EMAIL,
        # The header's fragments' cache key (network.navigation).
        "nav_path": navigation.nav_path(request),
    }
