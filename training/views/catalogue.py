"""Training views: the catalogue part. Public pages: the catalogue, a course, the frameworks and
a competency."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..forms.catalogue import CatalogueFilterForm
from ..selectors import catalogue as selectors

COURSES_PER_PAGE = 20


@require_safe
def catalogue(request: HttpRequest) -> HttpResponse:
    form = CatalogueFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        filters = form.filters() if form.is_bound else {}
        paginator = Paginator(selectors.catalogue_courses(**filters), COURSES_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "training/catalogue/catalogue.html",
        {"form": form, "page": page},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_safe
def course(request: HttpRequest, slug: str) -> HttpResponse:
    course = selectors.course_for_page(slug)
    return render(
        request,
        "training/catalogue/course.html",
        {"course": course, "sessions": selectors.sessions_upcoming(course)},
    )


@require_safe
def competencies(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "training/catalogue/competencies.html",
        {"frameworks": selectors.frameworks_with_competencies()},
    )


@require_safe
def competency(request: HttpRequest, framework_slug: str, number: int) -> HttpResponse:
    competency = selectors.competency_for_page(framework_slug, number)
    groups = selectors.courses_building(competency)
    return render(
        request,
        "training/catalogue/competency.html",
        {
            "competency": competency,
            "groups": groups,
            "upcoming_total": sum(c.upcoming_sessions for g in groups for c in g.courses),
        },
    )
