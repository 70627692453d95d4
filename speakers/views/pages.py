"""Speakers' bureau views: the pages part. Public pages: the bureau's front page and each of
its pages (what it is, selection criteria, guidelines, media guidelines, how to request a
speaker, rules of engagement for hosts)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..models import BureauPage
from ..selectors import directory as directory_selectors
from ..selectors import pages as selectors

# The front page shows a few speakers; the directory lists them all.
FEATURED_SPEAKERS = 3


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    pages = list(selectors.bureau_pages())
    about = next((page for page in pages if page.kind == BureauPage.Kind.ABOUT), None)
    speakers = directory_selectors.directory_speakers()[:FEATURED_SPEAKERS]
    return render(
        request,
        "speakers/pages/index.html",
        {
            "about": about,
            "pages": [page for page in pages if page is not about],
            "profiles": [directory_selectors.public_profile(speaker) for speaker in speakers],
        },
    )


@require_safe
def page(request: HttpRequest, kind: str) -> HttpResponse:
    return render(request, "speakers/pages/page.html", {"page": selectors.bureau_page_or_404(kind)})
