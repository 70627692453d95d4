"""Content views: the resources part. The library (public, with members-only resources for
those who may see them), a resource's page, and its file as a download."""

from urllib.parse import urlsplit

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from network.search import has_words

from ..forms.resources import ResourceFilterForm
from ..models import Access, Status
from ..selectors import resources as selectors
from ..services.resources import CSV, FILE_TYPES, TEXT, file_type_label, safe_file_name

RESOURCES_PER_PAGE = 20


@require_safe
def resource_list(request: HttpRequest) -> HttpResponse:
    form = ResourceFilterForm(request.GET or None)
    page = None
    only_punctuation = False
    if not form.is_bound or form.is_valid():
        filters = form.filters()
        only_punctuation = bool(filters.q) and not has_words(filters.q)
        paginator = Paginator(selectors.resources_listed(request.user, filters), RESOURCES_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "content/resources/list.html",
        {
            "form": form,
            "page": page,
            "only_punctuation": only_punctuation,
            "review_cutoff": selectors.review_due_before(timezone.localdate()),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@require_safe
def resource_detail(request: HttpRequest, slug: str) -> HttpResponse:
    resource = selectors.resource_for_page(request.user, slug)
    return render(
        request,
        "content/resources/detail.html",
        {
            "resource": resource,
            "out_of_date": selectors.needs_review(resource, timezone.localdate()),
            "file_type": file_type_label(resource.file_type) if resource.file else "",
            "link_host": urlsplit(resource.url).hostname or "",
        },
    )


@require_safe
def resource_download(request: HttpRequest, slug: str) -> FileResponse:
    """The file, always as a download (never shown inline, so nothing in it can run in the
    site's origin), with a type from the allowlist and a name that cannot break the header."""
    resource = selectors.resource_for_page(request.user, slug)
    if not resource.file:
        raise Http404
    try:
        handle = resource.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = resource.file_type if resource.file_type in FILE_TYPES else ""
    if content_type in (TEXT, CSV):
        content_type += "; charset=utf-8"
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=safe_file_name(resource.file_name or resource.slug, resource.file_type),
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    if resource.access == Access.PUBLIC and resource.status == Status.PUBLISHED:
        patch_cache_control(response, public=True, max_age=60 * 60)
    else:
        # Members-only: a browser may keep it, a shared cache (proxy, CDN) never.
        patch_cache_control(response, private=True, max_age=10 * 60)
    return response
