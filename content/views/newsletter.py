"""Content views: the newsletter part. Sign-up (double opt-in), the confirmation link, and the
one-click unsubscribe link of every issue. None needs an account."""

from functools import wraps

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from network.ratelimit import RateLimit

from ..forms.newsletter import SignUpForm
from ..models import Subscriber
from ..selectors.newsletter import (
    NewsletterLinkError,
    subscriber_for_confirm_token,
    subscriber_for_unsubscribe_token,
)
from ..services.newsletter import (
    NewsletterError,
    subscriber_confirm,
    subscriber_sign_up,
    subscriber_unsubscribe,
)

# Sign-ups per client per hour: a household's few addresses, never a list pasted in.
RATE_LIMIT = 5
SIGN_UPS = RateLimit(scope="content:newsletter", limit=RATE_LIMIT, window=60 * 60)


def _private(view):
    """Pages opened by a link from an email: never cached, never indexed."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return never_cache(wrapped)


def _link_problem(request: HttpRequest, error: NewsletterLinkError) -> HttpResponse:
    return render(
        request, "content/newsletter/link_problem.html", {"expired": error.expired}, status=400
    )


@require_http_methods(["GET", "HEAD", "POST"])
def newsletter(request: HttpRequest) -> HttpResponse:
    template = "content/newsletter/sign_up.html"
    if request.method != "POST":
        form = SignUpForm(initial={"language": (get_language() or "en")[:2]})
        return render(request, template, {"form": form})
    form = SignUpForm(request.POST)
    if SIGN_UPS.exceeded(request):
        form.is_valid()  # shown again with what was typed
        return render(request, template, {"form": form, "limited": True}, status=429)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    subscriber_sign_up(**form.cleaned_data)
    SIGN_UPS.count(request)
    # The same words whether the address was new, waiting or already subscribed.
    messages.success(
        request,
        _(
            "Thank you. Check your inbox: unless this address is already subscribed, we have sent "
            "it a link to confirm. The newsletter starts once you follow it."
        ),
    )
    return redirect("content:newsletter")


@_private
@require_http_methods(["GET", "HEAD", "POST"])
def newsletter_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link asks for one click: a mail program that opens links to check them never
    subscribes anyone."""
    try:
        subscriber = subscriber_for_confirm_token(token)
    except NewsletterLinkError as error:
        return _link_problem(request, error)
    problem = ""
    if request.method == "POST":
        try:
            subscriber = subscriber_confirm(subscriber_id=subscriber.pk)
        except NewsletterError as error:
            problem = error.message
        else:
            # The page now says so in its heading.
            return redirect("content:newsletter_confirm", token=token)
    return render(
        request,
        "content/newsletter/confirm.html",
        {"subscriber": subscriber, "problem": problem, "Status": Subscriber.Status},
        status=409 if problem else 200,
    )


@csrf_exempt  # RFC 8058: mail programs POST here without a page, so without a CSRF token
@_private
@require_http_methods(["GET", "HEAD", "POST"])
def newsletter_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = subscriber_for_unsubscribe_token(token)
    except NewsletterLinkError as error:
        return _link_problem(request, error)
    done = False
    if request.method == "POST":
        subscriber = subscriber_unsubscribe(subscriber_id=subscriber.pk)
        done = True
    return render(
        request,
        "content/newsletter/unsubscribe.html",
        {"subscriber": subscriber, "done": done, "Status": Subscriber.Status},
    )
