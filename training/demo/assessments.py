"""Training demo data: the assessments part.

Two years of self-assessments for the demo full member, and one item in their learning plan.
The rating scale's levels come from the catalogue part's migration; when they are missing the
self-assessments are skipped (this part does not invent a scale). Likewise the plan item needs
a published course that builds their lowest-rated competency (the catalogue's demo makes them).
"""

from members.models import User

from ..models import Competency, Course, LearningPlanItem, Rating, ScaleLevel, SelfAssessment
from ..selectors.assessments import core_framework, current_year

DEMO_EMAIL = "full.member@example.org"

# Levels by competency number, as a fraction of the scale: last year, then this year.
# Competency 4 (supervision) stays the lowest, so the recommendations build it.
LAST_YEAR = {1: 0.5, 2: 0.5, 3: 0.25, 4: 0.0, 5: 0.5, 6: 0.25}
THIS_YEAR = {1: 0.75, 2: 0.75, 3: 0.5, 4: 0.25, 5: 0.75, 6: 0.5}
NOTES = {4: "Ask about the supervision workshop in the fall."}


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    person = User.objects.filter(email=DEMO_EMAIL).first()
    framework = core_framework()
    if person is None or framework is None:
        return
    values = list(
        ScaleLevel.objects.filter(framework=framework)
        .order_by("value")
        .values_list("value", flat=True)
    )
    if not values:
        return  # no scale loaded: nothing to rate on (see the module's docstring)
    competencies = {c.number: c for c in Competency.objects.filter(framework=framework)}
    year = current_year()
    for offset, fractions in ((1, LAST_YEAR), (0, THIS_YEAR)):
        assessment, _created = SelfAssessment.objects.update_or_create(
            person=person, framework=framework, year=year - offset
        )
        for number, fraction in fractions.items():
            if number not in competencies:
                continue
            Rating.objects.update_or_create(
                assessment=assessment,
                competency=competencies[number],
                defaults={
                    "level": values[round(fraction * (len(values) - 1))],
                    "note": NOTES.get(number, "") if offset == 0 else "",
                },
            )
    supervision = competencies.get(4)
    course = (
        Course.objects.filter(is_published=True, course_competencies__competency=supervision)
        .order_by("-course_competencies__depth", "title")
        .first()
    )
    if course is not None:
        LearningPlanItem.objects.update_or_create(
            person=person, course=course, defaults={"competency": supervision}
        )
