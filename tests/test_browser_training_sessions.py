"""A member registers for a training session and finds it in their sessions, in a real browser.

Each page the journey visits is checked by axe-core (WCAG 2.1 A/AA) and has one h1.
"""

import pytest
from playwright.sync_api import Page, expect

from network.demo import DEMO_PASSWORD
from network.models import LHIN
from tests.factories import PASSWORD, MembershipFactory, UserFactory
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)
from training.demo.sessions import CORE_SLUG, TORONTO_PLACE
from training.models import Registration, Session

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_registers_for_a_session_and_sees_it_in_my_sessions(site: str, page: Page):  # noqa: F811
    person = UserFactory(display_name="Jordan Learner")
    MembershipFactory(person=person, lhin=LHIN.objects.get(number=7))
    session = Session.objects.get(course__slug=CORE_SLUG, place=TORONTO_PLACE)
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    page.wait_for_url(f"{site}/")

    page.goto(f"{site}/training/sessions/{session.pk}/")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.get_by_text("seats left of 12")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Register").click()

    expect(page.get_by_text("You are registered.", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Cancel my registration")).to_be_visible()
    assert_accessible(page)
    assert Registration.objects.get(person=person).status == Registration.Status.REGISTERED

    page.get_by_role("link", name="My sessions").click()
    expect(page.locator("h1")).to_have_text("My sessions")
    upcoming = page.get_by_role("region", name="Upcoming")
    expect(upcoming.get_by_role("link", name=session.course.title)).to_be_visible()
    expect(upcoming.get_by_text("You are registered.")).to_be_visible()
    assert_accessible(page)


def test_a_member_of_a_full_session_sees_their_waitlist_place(site: str, page: Page):  # noqa: F811
    page.goto(f"{site}/accounts/login/")
    page.get_by_label("Email").fill("full.member@example.org")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    page.wait_for_url(f"{site}/")
    full = Session.objects.get(
        registrations__person__email="full.member@example.org",
        registrations__status=Registration.Status.WAITLISTED,
    )

    page.goto(f"{site}/training/sessions/{full.pk}/")

    expect(page.get_by_text("You are on the waitlist, in position 1.")).to_be_visible()
    expect(page.get_by_text("the link is shown to people registered")).to_be_visible()
    assert_accessible(page)
