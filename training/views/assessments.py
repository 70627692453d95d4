"""Training views: the assessments part. Every page here shows the signed-in member their own
self-assessment or learning plan, and nothing of anyone else's."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from members.decorators import member_required
from members.selectors import membership_of

from ..forms.assessments import LearningPlanAddForm, SelfAssessmentForm
from ..models import Competency, Course, LearningPlanItem, Session
from ..selectors import assessments as selectors
from ..services import assessments as services

TEMPLATES = "training/assessments"


def _setup(request: HttpRequest):
    """The core framework, its competencies and its scale; None when the scale is not loaded."""
    framework = selectors.core_framework()
    if framework is None:
        return None
    scale = selectors.scale_of(framework)
    if not scale:
        return None
    return framework, selectors.competencies_of(framework), scale


@require_http_methods(["GET", "HEAD", "POST"])
@member_required
def self_assessment(request: HttpRequest) -> HttpResponse:
    setup = _setup(request)
    if setup is None:
        return render(request, f"{TEMPLATES}/unavailable.html")
    framework, competencies, scale = setup
    year = selectors.current_year()
    assessment = selectors.self_assessment_of(request.user, framework, year)
    form = SelfAssessmentForm(
        request.POST if request.method == "POST" else None,
        competencies=competencies,
        scale=scale,
        assessment=assessment,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.self_assessment_save(person=request.user, ratings=form.ratings(), year=year)
        except services.AssessmentError as error:
            if hasattr(error, "error_dict"):
                for key, message in error.message_dict.items():
                    form.add_error(key if key in form.fields else None, message)
            else:
                form.add_error(None, error.messages)
        else:
            messages.success(request, _("Your self-assessment is saved. Only you can see it."))
            return redirect("training:self_assessment_result")
    return render(
        request,
        f"{TEMPLATES}/self_assessment.html",
        {"form": form, "framework": framework, "year": year, "assessment": assessment},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_safe
@member_required
def self_assessment_result(request: HttpRequest) -> HttpResponse:
    """This year's ratings and what would build the lowest-rated competencies."""
    framework = selectors.core_framework()
    year = selectors.current_year()
    assessment = framework and selectors.self_assessment_of(request.user, framework, year)
    if not assessment:
        return redirect("training:self_assessment")
    membership = membership_of(request)
    levels = {level.value: level for level in selectors.scale_of(framework)}
    ratings = [
        (rating, levels.get(rating.level))
        for rating in assessment.ratings.select_related("competency").order_by("competency__number")
    ]
    recommended = selectors.recommendations_for(
        request.user, assessment, lhin=membership.lhin if membership else None
    )
    planned_courses, planned_sessions = selectors.planned_ids(request.user)
    return render(
        request,
        f"{TEMPLATES}/result.html",
        {
            "assessment": assessment,
            "ratings": ratings,
            "recommended": recommended,
            "planned_courses": planned_courses,
            "planned_sessions": planned_sessions,
        },
    )


# --- The history chart -------------------------------------------------------------------------

# The chart's drawing box, in SVG user units (it scales with the page through its viewBox).
WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 320, 160, 40, 16, 12, 28


@dataclass
class Point:
    x: float
    y: float
    year: int
    level: int


@dataclass
class Chart:
    competency: Competency
    levels: list[int | None]
    points: list[Point]
    polyline: str
    x_ticks: list[tuple[float, int]]
    y_ticks: list[tuple[float, int, str]]


def _charts(history: selectors.History) -> list[Chart]:
    """Where each rating falls on a small line chart per competency, worked out here so the
    page draws it with SVG attributes alone (no script, no inline style)."""
    values = [level.value for level in history.scale] or [1]
    low, high = min(values), max(values)
    span = max(high - low, 1)
    years = history.years
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x_of(index: int) -> float:
        return round(
            LEFT + (inner_w / 2 if len(years) == 1 else inner_w * index / (len(years) - 1)), 1
        )

    def y_of(value: int) -> float:
        return round(TOP + inner_h * (high - value) / span, 1)

    charts = []
    for row in history.rows:
        points = [
            Point(x_of(i), y_of(level), year, level)
            for i, (year, level) in enumerate(zip(years, row.levels, strict=True))
            if level is not None
        ]
        charts.append(
            Chart(
                competency=row.competency,
                levels=row.levels,
                points=points,
                polyline=" ".join(f"{p.x},{p.y}" for p in points),
                x_ticks=[(x_of(i), year) for i, year in enumerate(years)],
                y_ticks=[
                    (y_of(level.value), level.value, level.display_label) for level in history.scale
                ],
            )
        )
    return charts


@require_safe
@member_required
def self_assessment_history(request: HttpRequest) -> HttpResponse:
    framework = selectors.core_framework()
    if framework is None:
        return render(request, f"{TEMPLATES}/unavailable.html")
    history = selectors.self_assessment_history(request.user, framework)
    return render(
        request,
        f"{TEMPLATES}/history.html",
        {
            "history": history,
            "charts": _charts(history),
            "width": WIDTH,
            "height": HEIGHT,
            "left": LEFT,
            "right_edge": WIDTH - RIGHT,
            "axis_y": HEIGHT - BOTTOM,
            "label_y": HEIGHT - 8,
        },
    )


# --- The learning plan -------------------------------------------------------------------------


@require_safe
@member_required
def learning_plan(request: HttpRequest) -> HttpResponse:
    items = list(selectors.learning_plan_of(request.user))
    return render(
        request,
        f"{TEMPLATES}/learning_plan.html",
        {
            "to_do": [item for item in items if item.done_at is None],
            "done": [item for item in items if item.done_at is not None],
        },
    )


@require_POST
@member_required
def learning_plan_add(request: HttpRequest) -> HttpResponse:
    form = LearningPlanAddForm(request.POST)
    if not form.is_valid():
        raise Http404
    data = form.cleaned_data
    course = session = None
    if data["session"]:
        session = Session.objects.select_related("course").filter(pk=data["session"]).first()
        if session is None or not session.course.is_published:
            raise Http404
    elif data["course"]:
        course = Course.objects.filter(pk=data["course"], is_published=True).first()
        if course is None:
            raise Http404
    competency = (
        Competency.objects.filter(pk=data["competency"]).first() if data["competency"] else None
    )
    try:
        services.learning_plan_add(
            person=request.user, course=course, session=session, competency=competency
        )
    except services.AssessmentError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("training:learning_plan")
    messages.success(request, _("Added to your learning plan."))
    return redirect("training:learning_plan")


@require_POST
@member_required
def learning_plan_remove(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.learning_plan_remove(person=request.user, item_id=pk)
    except LearningPlanItem.DoesNotExist:
        raise Http404 from None
    messages.success(request, _("Removed from your learning plan."))
    return redirect("training:learning_plan")


@require_POST
@member_required
def learning_plan_done(request: HttpRequest, pk: int) -> HttpResponse:
    done = request.POST.get("done", "1") != "0"
    try:
        services.learning_plan_mark_done(person=request.user, item_id=pk, done=done)
    except LearningPlanItem.DoesNotExist:
        raise Http404 from None
    messages.success(request, _("Marked as done.") if done else _("Marked as still to do."))
    return redirect("training:learning_plan")
