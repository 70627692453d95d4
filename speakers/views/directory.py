"""Speakers' bureau views: the directory part (groundwork; the directory part completes it)."""

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from ..models import Speaker


@require_safe
def speaker(request: HttpRequest, public_id) -> HttpResponse:
    found = get_object_or_404(Speaker.objects.listed(), public_id=public_id)
    return render(request, "speakers/directory/speaker.html", {"speaker": found})


@require_safe
def photo(request: HttpRequest, public_id) -> FileResponse:
    found = get_object_or_404(Speaker, public_id=public_id)
    shown = found.person_id == request.user.pk or (
        found.show_photo and Speaker.objects.listed().filter(pk=found.pk).exists()
    )
    if not found.photo or not shown:
        raise Http404
    return FileResponse(found.photo.open("rb"), content_type="image/jpeg")
