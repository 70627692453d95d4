"""Speakers' bureau views: the matching part (groundwork; the matching part completes it)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..models import Offer


@require_safe
@login_required
def my_engagements(request: HttpRequest) -> HttpResponse:
    offers = Offer.objects.filter(speaker__person=request.user).select_related("request")
    return render(request, "speakers/matching/my_engagements.html", {"offers": offers})
