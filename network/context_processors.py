from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    return {"network_contact_email": settings.NETWORK_CONTACT_EMAIL}
