"""Speakers' bureau views: the pages part (groundwork; the pages part completes it)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from ..models import BureauPage


@require_safe
def page(request: HttpRequest, kind: str) -> HttpResponse:
    return render(
        request, "speakers/pages/page.html", {"page": get_object_or_404(BureauPage, kind=kind)}
    )
