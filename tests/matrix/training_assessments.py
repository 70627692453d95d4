"""Permission-matrix rows of training's assessments part (see tests/matrix/__init__.py).

The self-assessment and the learning plan are the member's own pages: only someone with an
active membership (here the full member) opens them; signed-out people are asked to sign in,
people without a membership are sent to the membership application. The full member's plan
item is theirs alone (POST only: every GET is 405). The anonymous aggregates are for governance
members and network administrators; other staff get 403.
"""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "training/self-assessment/": ("/training/self-assessment/", row("302 302 200 302 302 302 302 302 302 302 302 302")),
    "training/self-assessment/result/": ("/training/self-assessment/result/", row("302 302 200 302 302 302 302 302 302 302 302 302")),
    "training/self-assessment/history/": ("/training/self-assessment/history/", row("302 302 200 302 302 302 302 302 302 302 302 302")),
    "training/learning-plan/": ("/training/learning-plan/", row("302 302 200 302 302 302 302 302 302 302 302 302")),
    "training/learning-plan/add/": ("/training/learning-plan/add/", row("405 405 405 405 405 405 405 405 405 405 405 405")),
    "training/learning-plan/<int:pk>/remove/": ("/training/learning-plan/{training/plan_item}/remove/", row("405 405 405 405 405 405 405 405 405 405 405 405")),
    "training/learning-plan/<int:pk>/done/": ("/training/learning-plan/{training/plan_item}/done/", row("405 405 405 405 405 405 405 405 405 405 405 405")),
    "admin/training/selfassessmentreport/": ("/admin/training/selfassessmentreport/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """The full member's self-assessment of this year (on a scale made here: the catalogue part
    loads the real one) and an item of their learning plan."""
    from django.utils import timezone

    from training.models import (
        Competency,
        Course,
        Framework,
        LearningPlanItem,
        Rating,
        ScaleLevel,
        SelfAssessment,
    )

    full_member = request.getfixturevalue("full_member")
    framework = Framework.objects.get(slug="core")
    for value in (1, 2, 3):
        ScaleLevel.objects.get_or_create(
            framework=framework,
            value=value,
            defaults={"label": f"Level {value}", "descriptor": f"Level {value} in practice."},
        )
    assessment = SelfAssessment.objects.create(
        person=full_member, framework=framework, year=timezone.localdate().year
    )
    for competency in Competency.objects.filter(framework=framework):
        Rating.objects.create(assessment=assessment, competency=competency, level=2)
    course = Course.objects.create(
        slug="matrix-assessments-course",
        title="Listening well",
        summary="Listening.",
        description="<p>Listening.</p>",
        description_fr="",
        format=Course.Format.ONLINE_LIVE,
        language=Course.Language.ENGLISH,
        duration_hours=2,
        is_published=True,
    )
    item = LearningPlanItem.objects.create(person=full_member, course=course)
    return {"training/plan_item": item.pk}
