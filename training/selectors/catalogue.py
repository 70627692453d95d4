"""Training selectors: the catalogue part (published courses, their search and filters, the
frameworks and what builds each competency). Public reads."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.postgres.search import SearchRank
from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network.models import LHIN
from network.search import bilingual_query

from ..models import (
    Competency,
    Course,
    CourseCompetency,
    CourseModule,
    Depth,
    Framework,
    Registration,
    Session,
)
from ..models.catalogue import course_search_vector


def courses_published() -> QuerySet[Course]:
    return Course.objects.filter(is_published=True)


def _upcoming(now: datetime | None = None) -> Q:
    return Q(status=Session.Status.SCHEDULED, starts_at__gt=now or timezone.now())


def catalogue_courses(
    *,
    q: str = "",
    competency: Competency | None = None,
    format: str = "",
    language: str = "",
    lhin: LHIN | None = None,
    cost: str = "",
) -> QuerySet[Course]:
    """Published courses matching the filters; ranked by relevance when searching, by title
    otherwise.

    Language: a bilingual course counts as English and as French. LHIN: courses offered in it,
    and those offered province-wide (no LHIN). Cost: "free" or "paid".
    """
    courses = courses_published()
    if competency is not None:
        courses = courses.filter(course_competencies__competency=competency)
    if format:
        courses = courses.filter(format=format)
    if language:
        languages = [language]
        if language != Course.Language.BILINGUAL:
            languages.append(Course.Language.BILINGUAL)
        courses = courses.filter(language__in=languages)
    if lhin is not None:
        links = Course.lhins.through.objects
        courses = courses.filter(
            Q(pk__in=links.filter(lhin=lhin).values("course_id"))
            | ~Q(pk__in=links.values("course_id"))
        )
    if cost == "free":
        courses = courses.filter(cost=0)
    elif cost == "paid":
        courses = courses.filter(cost__gt=0)
    courses = courses.select_related("provider").prefetch_related(
        Prefetch(
            "course_competencies",
            queryset=CourseCompetency.objects.filter(competency__framework__slug="core")
            .select_related("competency")
            .order_by("competency__number"),
            to_attr="core_competencies",
        )
    )
    if q:
        query = bilingual_query(q)
        return (
            courses.annotate(search=course_search_vector())
            .annotate(rank=SearchRank(F("search"), query))
            .filter(search=query)
            .order_by("-rank", "title", "pk")
        )
    return courses.order_by("title", "pk")


def course_for_page(slug: str) -> Course:
    """A published course with what its page shows; 404 for an unpublished or unknown one."""
    return get_object_or_404(
        courses_published()
        .select_related("provider")
        .prefetch_related(
            "lhins",
            "topics",
            Prefetch(
                "course_competencies",
                queryset=CourseCompetency.objects.select_related("competency__framework").order_by(
                    "competency__framework__name", "competency__number"
                ),
            ),
            Prefetch(
                "modules",
                queryset=CourseModule.objects.prefetch_related(
                    Prefetch(
                        "competencies",
                        queryset=Competency.objects.select_related("framework").order_by(
                            "framework__name", "number"
                        ),
                    )
                ),
            ),
        ),
        slug=slug,
    )


def sessions_upcoming(course: Course, *, now: datetime | None = None) -> QuerySet[Session]:
    """The course's scheduled sessions still to come, each with `seats_taken` and `seats_left`."""
    return (
        course.sessions.filter(_upcoming(now))
        .select_related("lhin")
        .annotate(
            seats_taken=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.REGISTERED),
            )
        )
        .annotate(seats_left=F("capacity") - F("seats_taken"))
        .order_by("starts_at", "pk")
    )


def frameworks_with_competencies() -> QuerySet[Framework]:
    """Every framework with its competencies and scale, the core one first."""
    return Framework.objects.prefetch_related(
        Prefetch("competencies", queryset=Competency.objects.order_by("number")),
        "levels",
    ).order_by(
        Case(When(slug="core", then=Value(0)), default=Value(1), output_field=IntegerField()),
        "name",
    )


def competency_for_page(framework_slug: str, number: int) -> Competency:
    return get_object_or_404(
        Competency.objects.select_related("framework"),
        framework__slug=framework_slug,
        number=number,
    )


DEPTH_HEADINGS = {
    Depth.INTRODUCES: _("Courses that introduce it"),
    Depth.DEVELOPS: _("Courses that develop it"),
    Depth.DEEPENS: _("Courses that deepen it"),
}


@dataclass(frozen=True)
class DepthGroup:
    depth: int
    label: str
    courses: list[Course]


def courses_building(competency: Competency, *, now: datetime | None = None) -> list[DepthGroup]:
    """The published courses that build `competency`, deepest first, each with
    `upcoming_sessions` (how many sessions are still to come)."""
    links = (
        CourseCompetency.objects.filter(competency=competency, course__is_published=True)
        .select_related("course__provider")
        .annotate(
            upcoming_sessions=Count(
                "course__sessions",
                filter=Q(
                    course__sessions__status=Session.Status.SCHEDULED,
                    course__sessions__starts_at__gt=now or timezone.now(),
                ),
            )
        )
        .order_by("-depth", "course__title", "course__pk")
    )
    groups: dict[int, DepthGroup] = {}
    for link in links:
        course = link.course
        course.upcoming_sessions = link.upcoming_sessions
        group = groups.setdefault(
            link.depth, DepthGroup(link.depth, DEPTH_HEADINGS[link.depth], [])
        )
        group.courses.append(course)
    return list(groups.values())
