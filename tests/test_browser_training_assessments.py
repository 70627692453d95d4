"""A member does their yearly self-assessment with the keyboard, sees what builds their
lowest-rated competencies, adds a session to their learning plan and reads their history.

Each page the journey visits is checked by axe-core (WCAG 2.1 A/AA) and has one h1.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from network.models import LHIN
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)
from tests.test_browser_profile import press_on, sign_in_as_new_member, type_into
from training.models import Competency, LearningPlanItem, Rating
from training.tests.factories_assessments import (
    CourseCompetencyFactory,
    CourseFactory,
    SessionFactory,
    make_scale,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def one_h1(page: Page) -> None:
    expect(page.locator("h1")).to_have_count(1)


def test_a_member_assesses_themself_by_keyboard_and_plans_what_to_learn(
    site: str,  # noqa: F811 (the fixture)
    page: Page,
):
    make_scale()
    competencies = list(Competency.objects.filter(framework__slug="core").order_by("number"))
    toronto = LHIN.objects.get(number=7)
    supervision = competencies[3]
    course = CourseFactory(title="Supervision that supports", language="en")
    CourseCompetencyFactory(course=course, competency=supervision, depth=2)
    SessionFactory(course=course, lhin=toronto, starts_at=timezone.now() + timedelta(days=30))
    person = sign_in_as_new_member(page, site, "Robin Keys")

    page.goto(f"{site}/training/self-assessment/")
    one_h1(page)
    assert_accessible(page)
    # Every competency is a group named by its legend; each level's radio is described.
    for competency in competencies:
        group = page.get_by_role("group", name=f"Your level in “{competency.name}”")
        expect(group).to_have_count(1)
    # With the keyboard: focus the first level of each group, arrow down to the level wanted.
    wanted = {1: 3, 2: 3, 3: 2, 4: 1, 5: 4, 6: 2}
    for competency in competencies:
        first = page.locator(f"#id_level_{competency.pk}_0")
        press_on(page, first, "Space")
        for _ in range(wanted[competency.number] - 1):
            page.keyboard.press("ArrowDown")
        expect(
            page.locator(f"#id_level_{competency.pk}_{wanted[competency.number] - 1}")
        ).to_be_checked()
    type_into(page, page.locator(f"#id_note_{supervision.pk}"), "Ask for supervision.")
    press_on(page, page.get_by_role("button", name="Save my self-assessment"), "Enter")

    page.wait_for_url(f"{site}/training/self-assessment/result/")
    one_h1(page)
    expect(page.get_by_text("Ask for supervision.")).to_be_visible()
    expect(page.get_by_role("heading", name="Supervision that supports").first).to_be_visible()
    assert_accessible(page)
    add = page.get_by_role("button", name=re.compile("Add to my learning plan.*Supervision"))
    press_on(page, add.first, "Enter")

    page.wait_for_url(f"{site}/training/learning-plan/")
    one_h1(page)
    expect(page.get_by_role("heading", name="Supervision that supports")).to_be_visible()
    assert_accessible(page)
    item = LearningPlanItem.objects.get(person=person)
    assert item.session.course == course
    assert item.competency == supervision
    assert (
        dict(
            Rating.objects.filter(assessment__person=person).values_list(
                "competency__number", "level"
            )
        )
        == wanted
    )

    page.goto(f"{site}/training/self-assessment/history/")
    one_h1(page)
    expect(page.get_by_role("img", name=re.compile("Supervision"))).to_have_count(1)
    assert_accessible(page)
