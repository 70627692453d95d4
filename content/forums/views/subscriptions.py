"""Forums views: the subscriptions part. Watching a thread or a category, the forum settings
(digest, emails, what one watches, whom one muted), the notifications, and the one-click
unsubscribe link of forum emails.

Signed-out people are sent to sign in; signed-in people who may not read a thread or category
get 404, as for one that does not exist.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from network.middleware import SignInRequired
from network.oneclick import OneClickLinkError

from ..forms.subscriptions import ForumSettingsForm
from ..models import Category, Thread
from ..selectors.access import Viewer, readable_categories, viewer_of
from ..selectors.subscriptions import (
    NOTIFICATIONS_PER_PAGE,
    Unsubscribe,
    mutes_of,
    notifications_of,
    profile_of,
    subscriptions_of,
    unsubscribe_request_for,
)
from ..services.subscriptions import (
    forum_settings_save,
    mute_remove,
    notifications_mark_read,
    subscription_stop,
    unsubscribe,
    watch_toggle,
)


def _signed_in(request: HttpRequest) -> Viewer:
    viewer = viewer_of(request)
    if not viewer.is_authenticated:
        raise SignInRequired
    return viewer


def _forum_reader(request: HttpRequest) -> Viewer:
    """Someone who may read at least one category; 404 for the others."""
    viewer = _signed_in(request)
    if not readable_categories(viewer).exists():
        raise Http404
    return viewer


def _back(request: HttpRequest, default: str) -> str:
    """Where the form came from, if it is a page of this site."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def watch_thread(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _signed_in(request)
    thread = Thread.objects.select_related("category").filter(pk=pk).first()
    if (
        thread is None
        or not viewer.may_read(thread.category)
        or (thread.is_hidden and not viewer.may_moderate(thread.category))
    ):
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if watch_toggle(person=request.user, thread=thread):
        messages.success(
            request, _("You are watching this thread: you will be told of each new reply.")
        )
    else:
        messages.success(request, _("You no longer watch this thread."))
    return redirect(_back(request, thread.get_absolute_url()))


def watch_category(request: HttpRequest, slug: str) -> HttpResponse:
    viewer = _signed_in(request)
    category = Category.objects.filter(slug=slug).first()
    if category is None or not viewer.may_read(category):
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if watch_toggle(person=request.user, category=category):
        messages.success(
            request,
            _("You are watching this category: you will be told of each new post in it."),
        )
    else:
        messages.success(request, _("You no longer watch this category."))
    return redirect(_back(request, category.get_absolute_url()))


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise Http404 from None
    if number < 1:
        raise Http404
    return number


@require_http_methods(["GET", "HEAD", "POST"])
def forum_settings(request: HttpRequest) -> HttpResponse:
    viewer = _forum_reader(request)
    person = request.user
    profile = profile_of(person)
    form = ForumSettingsForm(
        initial={
            "digest": profile.digest,
            "email_replies": profile.email_replies,
            "email_mentions": profile.email_mentions,
        }
    )
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "save")
        if action == "stop":
            subscription_stop(
                person=person, subscription_id=_positive_int(request.POST.get("subscription"))
            )
            messages.success(request, _("You no longer watch it."))
            return redirect("forums:settings")
        if action == "unmute":
            mute_remove(person=person, muted_id=_positive_int(request.POST.get("member")))
            messages.success(request, _("Their posts are shown to you again."))
            return redirect("forums:settings")
        form = ForumSettingsForm(request.POST)
        if form.is_valid():
            forum_settings_save(person=person, **form.cleaned_data)
            messages.success(request, _("Your forum settings are saved."))
            return redirect("forums:settings")
        status = 400
    return render(
        request,
        "forums/subscriptions/settings.html",
        {
            "form": form,
            "subscriptions": subscriptions_of(viewer),
            "mutes": list(mutes_of(person)),
        },
        status=status,
    )


@require_http_methods(["GET", "HEAD"])
def notifications(request: HttpRequest) -> HttpResponse:
    """The person's notifications, newest first. Those on the page are marked read as it is
    shown (one UPDATE); they are still marked "new" this once."""
    viewer = _forum_reader(request)
    page = Paginator(notifications_of(viewer), NOTIFICATIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    unread = {item.pk for item in page.object_list if item.read_at is None}
    if unread:
        notifications_mark_read(person=request.user, ids=sorted(unread))
    return render(
        request, "forums/subscriptions/notifications.html", {"page": page, "unread": unread}
    )


@csrf_exempt  # RFC 8058: mail programs POST here without a page, so without a CSRF token
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def forum_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """One click, no sign-in: the signed link names the person and the kind of email."""
    try:
        asked = unsubscribe_request_for(token)
    except OneClickLinkError:
        response = render(
            request, "content/newsletter/link_problem.html", {"expired": False}, status=400
        )
    else:
        done = request.method == "POST"
        if done:
            unsubscribe(person=asked.person, what=asked.what)
        response = render(
            request,
            "forums/subscriptions/unsubscribe.html",
            {"what": asked.what, "Unsubscribe": Unsubscribe, "done": done},
        )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
