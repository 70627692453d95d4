"""Speakers' bureau views: the directory part. Public pages: the directory of listed speakers,
a speaker's public profile, and the photo (public only when its owner publishes it)."""

from uuid import UUID

from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..forms.directory import DirectoryFilterForm
from ..selectors import directory as selectors

SPEAKERS_PER_PAGE = 20


@require_safe
def directory(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        filters = form.filters() if form.is_bound else {}
        paginator = Paginator(selectors.directory_speakers(**filters), SPEAKERS_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "speakers/directory/directory.html",
        {
            "form": form,
            "page": page,
            "profiles": [selectors.public_profile(speaker) for speaker in page or []],
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@require_safe
def speaker(request: HttpRequest, public_id: UUID) -> HttpResponse:
    found = selectors.speaker_listed_or_404(public_id)
    return render(
        request,
        "speakers/directory/speaker.html",
        {"profile": selectors.public_profile(found, training=True)},
    )


@require_safe
def photo(request: HttpRequest, public_id: UUID) -> FileResponse:
    """The photo itself, through the same rules as the pages: its address alone gives nothing."""
    found, public = selectors.speaker_photo_or_404(request.user, public_id)
    response = FileResponse(found.photo.open("rb"), content_type="image/jpeg")
    # Seen by some people only: no shared cache may keep it. A public one may be kept a little
    # while, not long: the speaker can take it back at any time.
    response["Cache-Control"] = "public, max-age=600" if public else "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response
