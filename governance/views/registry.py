"""Governance views: the registry part (the peer roles matrix and the partners). Public."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from ..forms.registry import PartnerFilterForm
from ..selectors import registry as selectors

PARTNERS_PAGE_SIZE = 20


@require_safe
def peer_roles(request: HttpRequest) -> HttpResponse:
    competencies, rows = selectors.peer_roles_matrix()
    return render(
        request,
        "governance/registry/peer_roles.html",
        {"competencies": competencies, "rows": rows},
    )


@require_safe
def peer_role(request: HttpRequest, slug: str) -> HttpResponse:
    role = get_object_or_404(selectors.peer_roles(), slug=slug)
    return render(
        request,
        "governance/registry/peer_role.html",
        {"role": role, "competencies": selectors.core_competencies()},
    )


@require_safe
def partners(request: HttpRequest) -> HttpResponse:
    form = PartnerFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        filters = form.filters() if form.is_bound else {}
        paginator = Paginator(selectors.partners_active(**filters), PARTNERS_PAGE_SIZE)
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "governance/registry/partners.html",
        {"form": form, "page": page},
        status=400 if form.is_bound and form.errors else 200,
    )
