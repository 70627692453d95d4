"""Governance views: the bodies part (public pages; members-only ones behind the selectors)."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..selectors import bodies as selectors

MEETINGS_PER_PAGE = 10
UPCOMING_SHOWN = 10


@require_safe
def body_list(request: HttpRequest) -> HttpResponse:
    bodies = selectors.bodies_for_viewer(request)
    return render(request, "governance/bodies/body_list.html", {"bodies": bodies})


@require_safe
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
