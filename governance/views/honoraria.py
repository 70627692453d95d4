"""Governance views: the honoraria part. The public guidelines and rate table, and a person's own
records, which they may decline."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from ..selectors import honoraria as selectors
from ..services import honoraria as services

PER_PAGE = 25


@require_safe
def honoraria(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "governance/honoraria/guidelines.html",
        {
            "guidelines": selectors.guidelines_current(),
            "guidelines_slug": selectors.GUIDELINES_SLUG,
            "rates": selectors.rates_published(),
        },
    )


def _my_page(request: HttpRequest, status: int = 200) -> HttpResponse:
    page = Paginator(selectors.honoraria_of(request.user), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "governance/honoraria/mine.html", {"page": page}, status=status)


@login_required
@require_safe
@never_cache
def my_honoraria(request: HttpRequest) -> HttpResponse:
    return _my_page(request)


@login_required
@require_POST
def honorarium_decline(request: HttpRequest, pk: int) -> HttpResponse:
    # Someone else's record is as if it did not exist.
    if not selectors.honoraria_of(request.user).filter(pk=pk).exists():
        raise Http404
    try:
        services.honorarium_decline(honorarium_id=pk, person=request.user)
    except services.HonorariumError as error:
        messages.error(request, error.message)
        return _my_page(request, status=409)
    messages.success(request, _("Declined. Nothing more is needed from you."))
    return redirect("governance:my_honoraria")
