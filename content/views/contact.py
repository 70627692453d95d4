"""Content views: the contact part. The footer's "Contact" page is this form (network/urls.py
mounts it at /contact/ under its old name), and a plain acknowledgement after it."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods, require_safe

from network.ratelimit import RateLimit

from ..forms.contact import ContactForm
from ..services.contact import contact_message_send

# Messages per client per hour: a conversation's worth, never a flood.
RATE_LIMIT = 5
MESSAGES = RateLimit(scope="content:contact", limit=RATE_LIMIT, window=60 * 60)


@require_http_methods(["GET", "HEAD", "POST"])
def contact(request: HttpRequest) -> HttpResponse:
    template = "content/contact/contact.html"
    if request.method != "POST":
        return render(request, template, {"form": ContactForm()})
    form = ContactForm(request.POST)
    if MESSAGES.exceeded(request):
        form.is_valid()  # shown again with what was typed
        return render(request, template, {"form": form, "limited": True}, status=429)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    contact_message_send(**form.cleaned_data, language=(get_language() or "en")[:2])
    MESSAGES.count(request)
    return redirect("content:contact_thanks")


@require_safe
def contact_thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "content/contact/thanks.html")
