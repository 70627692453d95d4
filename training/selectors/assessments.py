"""Training selectors: the assessments part.

A self-assessment is read here only for its owner (every function takes the person), except
`self_assessment_aggregates`, which counts and averages without names and shows nothing of a
group smaller than `SMALL_GROUP`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone, translation

from ..models import (
    Competency,
    Course,
    CourseCompetency,
    Framework,
    LearningPlanItem,
    Rating,
    ScaleLevel,
    SelfAssessment,
    Session,
)

CORE_FRAMEWORK_SLUG = "core"
# Aggregates of fewer people than this are not shown: a small group's answers could be
# recognized.
SMALL_GROUP = 5
RECOMMENDATIONS = 10


def current_year() -> int:
    """The calendar year in America/Toronto (the site's time zone)."""
    return timezone.localdate().year


def core_framework() -> Framework | None:
    return Framework.objects.filter(slug=CORE_FRAMEWORK_SLUG).first()


def competencies_of(framework: Framework) -> list[Competency]:
    return list(Competency.objects.filter(framework=framework).order_by("number"))


def scale_of(framework: Framework) -> list[ScaleLevel]:
    return list(ScaleLevel.objects.filter(framework=framework).order_by("value"))


def self_assessment_of(person, framework: Framework, year: int) -> SelfAssessment | None:
    """The person's own self-assessment of `year`, with its ratings."""
    return (
        SelfAssessment.objects.filter(person=person, framework=framework, year=year)
        .prefetch_related(Prefetch("ratings", queryset=Rating.objects.order_by("competency_id")))
        .first()
    )


@dataclass
class HistoryRow:
    competency: Competency
    levels: list[int | None]  # one per year of `History.years`, None where not rated


@dataclass
class History:
    years: list[int]
    rows: list[HistoryRow]
    scale: list[ScaleLevel]


def self_assessment_history(person, framework: Framework) -> History:
    """Each competency's rating across the years the person assessed themself."""
    competencies = competencies_of(framework)
    ratings = Rating.objects.filter(
        assessment__person=person, assessment__framework=framework
    ).values_list("assessment__year", "competency_id", "level")
    by_competency: dict[int, dict[int, int]] = defaultdict(dict)
    years: set[int] = set()
    for year, competency_id, level in ratings:
        by_competency[competency_id][year] = level
        years.add(year)
    ordered_years = sorted(years)
    return History(
        years=ordered_years,
        rows=[
            HistoryRow(c, [by_competency[c.pk].get(year) for year in ordered_years])
            for c in competencies
        ],
        scale=scale_of(framework),
    )


def lowest_rated(assessment: SelfAssessment) -> list[int]:
    """The ids of the competencies rated lowest (all of them on a tie)."""
    levels = {rating.competency_id: rating.level for rating in assessment.ratings.all()}
    if not levels:
        return []
    lowest = min(levels.values())
    return sorted(pk for pk, level in levels.items() if level == lowest)


@dataclass
class Recommendations:
    competencies: list[Competency]
    sessions: list[Session] = field(default_factory=list)
    courses: list[Course] = field(default_factory=list)


def _language_rank(prefix: str, language: str) -> Case:
    return Case(
        When(**{f"{prefix}language__in": [language, Course.Language.BILINGUAL]}, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )


def recommendations_for(person, assessment: SelfAssessment, lhin=None) -> Recommendations:
    """Upcoming sessions and published courses that build the person's lowest-rated
    competencies: in their language (or bilingual) first, then in their LHIN (province-wide
    next, other LHINs last), then the ones that build those competencies furthest, then the
    soonest (sessions) or by title (courses). A fixed number of queries, however many."""
    lowest = lowest_rated(assessment)
    competencies = list(Competency.objects.filter(pk__in=lowest).order_by("number"))
    if not lowest:
        return Recommendations(competencies=competencies)
    language = person.preferred_language or translation.get_language() or "en"
    language = language[:2]
    lhin_id = lhin.pk if lhin is not None else None
    now = timezone.now()
    builds = CourseCompetency.objects.filter(competency__in=lowest).select_related("competency")

    sessions = (
        Session.objects.filter(
            status=Session.Status.SCHEDULED,
            starts_at__gt=now,
            registration_deadline__gt=now,
            course__is_published=True,
            course__course_competencies__competency__in=lowest,
        )
        # After the filter, so the deepest of the lowest-rated competencies only counts.
        .annotate(
            depth=Max("course__course_competencies__depth"),
            language_rank=_language_rank("course__", language),
            lhin_rank=Case(
                When(lhin_id=lhin_id, then=Value(0)),
                When(lhin__isnull=True, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
        )
        .select_related("course", "lhin")
        .prefetch_related(Prefetch("course__course_competencies", builds, to_attr="builds"))
        .order_by("language_rank", "lhin_rank", "-depth", "starts_at", "pk")[:RECOMMENDATIONS]
    )
    courses = (
        Course.objects.filter(is_published=True, course_competencies__competency__in=lowest)
        .annotate(
            depth=Max("course_competencies__depth"),
            language_rank=_language_rank("", language),
            lhin_count=Count("lhins", distinct=True),
            in_my_lhin=Count("lhins", filter=Q(lhins=lhin_id), distinct=True),
        )
        .annotate(
            lhin_rank=Case(
                When(in_my_lhin__gt=0, then=Value(0)),
                When(lhin_count=0, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .prefetch_related(Prefetch("course_competencies", builds, to_attr="builds"))
        .order_by("language_rank", "lhin_rank", "-depth", "title", "pk")[:RECOMMENDATIONS]
    )
    return Recommendations(
        competencies=competencies, sessions=list(sessions), courses=list(courses)
    )


def learning_plan_of(person) -> QuerySet[LearningPlanItem]:
    """The person's plan: what is still to do first, newest first."""
    return (
        LearningPlanItem.objects.filter(person=person)
        .select_related("course", "session__course", "session__lhin", "competency")
        .order_by(Case(When(done_at__isnull=True, then=Value(0)), default=Value(1)), "-added_at")
    )


def planned_ids(person) -> tuple[set[int], set[int]]:
    """The ids of the courses and sessions already in the person's plan."""
    courses, sessions = set(), set()
    for course_id, session_id in LearningPlanItem.objects.filter(person=person).values_list(
        "course_id", "session_id"
    ):
        if course_id:
            courses.add(course_id)
        if session_id:
            sessions.add(session_id)
    return courses, sessions


# --- Anonymous aggregates ------------------------------------------------------------------------


@dataclass
class AggregateRow:
    competency: Competency
    people: int | None  # None: fewer than SMALL_GROUP
    average: float | None = None
    distribution: list[tuple[ScaleLevel, int]] = field(default_factory=list)

    @property
    def enough(self) -> bool:
        return self.people is not None


@dataclass
class Aggregates:
    year: int
    people: int | None  # None: fewer than SMALL_GROUP took part
    rows: list[AggregateRow]
    scale: list[ScaleLevel]

    @property
    def enough(self) -> bool:
        return self.people is not None


def self_assessment_aggregates(year: int, lhin=None) -> Aggregates:
    """Per competency of the core framework: how many people rated it, their average and how
    many chose each level, for `year` (and the members of `lhin`). Nothing at all is given of
    fewer than SMALL_GROUP distinct people, for the whole or for one competency."""
    framework = core_framework()
    if framework is None:
        return Aggregates(year=year, people=None, rows=[], scale=[])
    assessments = SelfAssessment.objects.filter(framework=framework, year=year)
    if lhin is not None:
        assessments = assessments.filter(person__membership__lhin=lhin)
    people = assessments.values("person").distinct().count()
    scale = scale_of(framework)
    competencies = competencies_of(framework)
    if people < SMALL_GROUP:
        return Aggregates(
            year=year,
            people=None,
            rows=[AggregateRow(c, None) for c in competencies],
            scale=scale,
        )
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    for competency_id, level, number in (
        Rating.objects.filter(assessment__in=assessments)
        .values("competency_id", "level")
        .annotate(number=Count("assessment__person", distinct=True))
        .values_list("competency_id", "level", "number")
    ):
        counts[competency_id][level] = number
    rows = []
    for competency in competencies:
        by_level = counts.get(competency.pk, {})
        total = sum(by_level.values())
        if total < SMALL_GROUP:
            rows.append(AggregateRow(competency, None))
            continue
        rows.append(
            AggregateRow(
                competency,
                total,
                average=round(sum(level * n for level, n in by_level.items()) / total, 1),
                distribution=[(level, by_level.get(level.value, 0)) for level in scale],
            )
        )
    return Aggregates(year=year, people=people, rows=rows, scale=scale)


# --- Reminders -----------------------------------------------------------------------------------


def due_reminders() -> QuerySet[SelfAssessment]:
    """The latest self-assessment of each active member, made a year ago or more, not yet
    followed by a reminder."""
    from members.models import Membership

    a_year_ago = timezone.now() - timedelta(days=365)
    newer = SelfAssessment.objects.filter(
        person=OuterRef("person"), framework=OuterRef("framework"), year__gt=OuterRef("year")
    )
    return SelfAssessment.objects.filter(
        updated_at__lte=a_year_ago,
        reminder_sent_at__isnull=True,
        person__membership__status=Membership.Status.ACTIVE,
        person__membership__expires_at__gt=timezone.now(),
        person__is_active=True,
    ).exclude(Exists(newer))


# --- My data -------------------------------------------------------------------------------------


def personal_records_of(person) -> dict[str, list[dict]]:
    """For the person's own "My data" (`members.personal_data`): each rating with its private
    note, and the learning plan. Two queries."""
    ratings = (
        Rating.objects.filter(assessment__person=person)
        .select_related("assessment__framework", "competency")
        .order_by("assessment__year", "assessment__framework__name", "competency__number")
    )
    return {
        "ratings": [
            {
                "year": rating.assessment.year,
                "competency": f"{rating.assessment.framework}: {rating.competency}",
                "level": rating.level,
                "note": rating.note,
                "updated_at": rating.assessment.updated_at,
            }
            for rating in ratings
        ],
        "plan": [
            {
                "course": item.the_course.display_title,
                "session": item.session.starts_at if item.session_id else None,
                "competency": str(item.competency) if item.competency_id else None,
                "added_at": item.added_at,
                "done_at": item.done_at,
            }
            for item in learning_plan_of(person)
        ],
    }
