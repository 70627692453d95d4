"""Content views: the pages part. "About the network" (the tree as a table of contents), each
page of the tree at its address, and the editors' preview of a page that is not live yet."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..selectors import pages as selectors


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "content/pages/index.html",
        {"tree": selectors.navigation_tree(request.user)},
    )


@require_safe
def page(request: HttpRequest, path: str) -> HttpResponse:
    """A page of the tree; also serves the statements at their own named routes."""
    return render(
        request,
        "content/pages/page.html",
        {"view": selectors.page_for_viewer(request.user, path), "preview": False},
    )


@require_safe
def page_preview(request: HttpRequest, pk: int) -> HttpResponse:
    return render(
        request,
        "content/pages/page.html",
        {"view": selectors.page_preview(request.user, pk), "preview": True},
    )
