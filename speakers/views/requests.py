"""Speakers' bureau views: the requests part, the host's side.

An organization needs no account: the request form is public (and rate limited per client), and
its private link opens the host's pages. Those pages are never cached, never indexed, and never
pass their address (which opens the request) on to another page.
"""

from functools import wraps

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from network.ratelimit import RateLimit

from ..forms.requests import CancelForm, HostFeedbackForm, SpeakingRequestForm
from ..models import SpeakingRequest
from ..selectors.requests import (
    feedback_of,
    feedback_open,
    host_page,
    host_token,
    request_for_host_token,
    requestable_speaker,
)
from ..services.requests import RequestError, host_feedback_submit, request_cancel, request_submit

# Requests per client per hour: more than any one organization sends, too few for a flood.
RATE_LIMIT = 5
SUBMISSIONS = RateLimit(scope="speakers:request", limit=RATE_LIMIT, window=60 * 60)


def _host_private(view):
    """No cache, no index, no referrer. The header says `no-referrer`; the pages' own
    `<meta name="referrer" content="strict-origin">` (templates) relaxes it for requests they
    make to this site only as far as the origin, never the path: with no referrer at all the
    browser sends `Origin: null` with the language switch's form, and the CSRF check refuses it."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "no-referrer"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return never_cache(wrapped)


def _request_for(token: str) -> SpeakingRequest:
    found = request_for_host_token(token)
    if found is None:
        raise Http404
    return found


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def request_speaker(request: HttpRequest) -> HttpResponse:
    template = "speakers/requests/request.html"
    if request.method != "POST":
        form = SpeakingRequestForm(
            speaker=requestable_speaker(request.GET.get("speaker")),
            initial={"language": (get_language() or "en")[:2]},
        )
        return render(request, template, {"form": form})
    form = SpeakingRequestForm(request.POST)
    if SUBMISSIONS.exceeded(request):
        # The form comes back with everything typed, so nothing is lost while they wait.
        form.is_valid()
        return render(request, template, {"form": form, "limited": True}, status=429)
    if form.is_valid():
        try:
            speaking_request = request_submit(**form.service_data())
        except RequestError as error:
            form.add_error(None, error)
        else:
            SUBMISSIONS.count(request)
            messages.success(
                request,
                _(
                    "Thank you: your request is received. We have emailed you the link to this "
                    "page, so you can come back to it."
                ),
            )
            return redirect("speakers:host", token=host_token(speaking_request))
    return render(request, template, {"form": form}, status=400)


@_host_private
@require_safe
def host(request: HttpRequest, token: str) -> HttpResponse:
    page = host_page(_request_for(token))
    return render(request, "speakers/requests/host.html", {"page": page, "token": token})


@_host_private
@require_http_methods(["GET", "HEAD", "POST"])
def host_cancel(request: HttpRequest, token: str) -> HttpResponse:
    speaking_request = _request_for(token)
    form = CancelForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                request_cancel(
                    request_id=speaking_request.pk, actor=None, reason=form.cleaned_data["reason"]
                )
            except RequestError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _(
                        "Your request is cancelled. We have told the coordinators, and any "
                        "speaker who had been asked."
                    ),
                )
                return redirect("speakers:host", token=token)
        status = 400
    context = {
        "speaking_request": speaking_request,
        "token": token,
        # A request that has ended shows why it cannot be cancelled, without the form.
        "form": form if speaking_request.status in SpeakingRequest.OPEN or form.errors else None,
    }
    return render(request, "speakers/requests/cancel.html", context, status=status)


@_host_private
@require_http_methods(["GET", "HEAD", "POST"])
def host_feedback(request: HttpRequest, token: str) -> HttpResponse:
    speaking_request = _request_for(token)
    form = HostFeedbackForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                host_feedback_submit(request_id=speaking_request.pk, **form.cleaned_data)
            except RequestError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, _("Thank you for your feedback. The coordinators read every word.")
                )
                return redirect("speakers:host", token=token)
        status = 400
    context = {
        "speaking_request": speaking_request,
        "feedback": feedback_of(speaking_request),
        "token": token,
        # Before the event, or once given, the page says so without the form.
        "form": form if feedback_open(speaking_request) or form.errors else None,
    }
    return render(request, "speakers/requests/feedback.html", context, status=status)
