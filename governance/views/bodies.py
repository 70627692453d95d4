"""Governance views: the bodies part (public pages; members-only ones behind the selectors)."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..selectors import bodies as selectors

MEETINGS_PER_PAGE = 10
UPCOMING_SHOWN = 10


def _members_only_signs_in(view: Callable) -> Callable:
    """A members-only page asked for by someone signed out sends them to sign in first."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except selectors.SignInRequired:
            return redirect_to_login(request.get_full_path())

    return wrapped


@require_safe
def body_list(request: HttpRequest) -> HttpResponse:
    bodies = selectors.bodies_for_viewer(request)
    return render(request, "governance/bodies/body_list.html", {"bodies": bodies})


@require_safe
@_members_only_signs_in
def body_detail(request: HttpRequest, slug: str) -> HttpResponse:
    body = selectors.body_for_viewer(request, slug)
    past = Paginator(selectors.meetings_past(request, body), MEETINGS_PER_PAGE)
    return render(
        request,
        "governance/bodies/body_detail.html",
        {
            "body": body,
            "terms": selectors.terms_of_reference_current(body),
            "seats": selectors.seats_of(request, body),
            "upcoming": selectors.meetings_upcoming(request, body)[:UPCOMING_SHOWN],
            "page": past.get_page(request.GET.get("page")),
        },
    )


@require_safe
@_members_only_signs_in
def meeting_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = selectors.meeting_for_viewer(request, slug, pk)
    return render(
        request,
        "governance/bodies/meeting_detail.html",
        {
            "body": meeting.body,
            "meeting": meeting,
            "attendance": selectors.attendance_of(request, meeting),
            "decisions": meeting.decisions.all(),
            "viewer_is_member": selectors.viewer_is_member(request),
        },
    )
