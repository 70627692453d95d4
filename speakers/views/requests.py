"""Speakers' bureau views: the requests part (groundwork; the requests part completes it)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..selectors.requests import request_for_host_token


@require_safe
def host(request: HttpRequest, token: str) -> HttpResponse:
    found = request_for_host_token(token)
    if found is None:
        raise Http404
    return render(request, "speakers/requests/host.html", {"speaking_request": found})
