"""Applying to join in a real browser: by keyboard, with the LHIN finder, checked by axe-core."""

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from members.models import Membership, User
from tests.factories import (
    PASSWORD,
    MembershipApplicationFactory,
    MembershipFactory,
    UserFactory,
)
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in_as_new_person(page: Page, base: str, display_name: str) -> None:
    """A person who has just made an account (verified email, no membership) signs in."""
    person = UserFactory(display_name=display_name)
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    page.wait_for_url(f"{base}/")


def press_on(page: Page, locator, key: str = "Space") -> None:
    """Focus a control and press a key on it, as a keyboard user would."""
    locator.focus()
    expect(locator).to_be_focused()
    page.keyboard.press(key)


def test_a_new_person_applies_by_keyboard_finding_their_lhin_by_town(site, page: Page):  # noqa: F811
    sign_in_as_new_person(page, site, "Quiet Harbour")
    page.goto(f"{site}/members/apply/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply to join the network")
    assert_accessible(page)

    # Submitting too early: the summary is announced and focused, each field says what it needs.
    press_on(page, page.get_by_role("button", name="Submit application"), "Enter")
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    full = page.get_by_role("radio", name="Full member", exact=True)
    expect(full).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Display name")).to_have_value("Quiet Harbour")
    assert_accessible(page)

    # The summary's link leads to the membership type, chosen with the space bar.
    press_on(page, summary.get_by_role("link", name=re.compile("Membership type")), "Enter")
    expect(full).to_be_focused()
    page.keyboard.press("Space")
    expect(full).to_be_checked()
    press_on(page, page.get_by_label("I have lived or living experience of substance use"))

    # The finder narrows the LHINs to the one that mentions the town; the person chooses it.
    finder = page.get_by_label("Type your town or city")
    expect(finder).to_be_visible()
    finder.focus()
    page.keyboard.type("Sudbury")
    page.keyboard.press("Enter")  # searches; never sends the form
    north_east = page.get_by_role("radio", name="North East", exact=True)
    expect(north_east).to_be_visible()
    expect(page.get_by_role("radio", name="Toronto Central", exact=True)).to_be_hidden()
    expect(page.locator("[data-lhin-finder-status]")).to_contain_text("One LHIN region")
    expect(north_east).not_to_be_checked()  # never chosen for the person
    assert page.url == f"{site}/members/apply/"
    page.keyboard.press("Tab")
    expect(north_east).to_be_focused()
    page.keyboard.press("Space")
    expect(north_east).to_be_checked()
    assert_accessible(page)

    press_on(page, page.get_by_label("I accept the terms of membership"))
    press_on(page, page.get_by_label("I have read and accept the privacy statement"))
    press_on(page, page.get_by_role("button", name="Submit application"), "Enter")

    page.wait_for_url(f"{site}/members/application/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your membership application")
    expect(page.get_by_text("Waiting for review")).to_be_visible()
    expect(page.get_by_text("North East")).to_be_visible()
    expect(page.get_by_role("button", name="Withdraw my application")).to_be_visible()
    assert_accessible(page)


def test_a_town_no_lhin_mentions_lists_them_all_again(site, page: Page):  # noqa: F811
    sign_in_as_new_person(page, site, "Calm Lake")
    page.goto(f"{site}/members/apply/")

    page.get_by_label("Type your town or city").fill("Atlantis")

    expect(page.locator("[data-lhin-finder-status]")).to_contain_text("all 14 are listed")
    expect(page.locator("[data-lhin-option]:visible")).to_have_count(14)
    page.get_by_label("Type your town or city").fill("etobicoke")
    expect(page.locator("[data-lhin-option]:visible")).to_have_count(2)
    assert_accessible(page)


@pytest.fixture
def page_without_javascript(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_without_javascript_every_lhin_is_listed_and_the_draft_is_saved(
    site,  # noqa: F811
    page_without_javascript: Page,
):
    page = page_without_javascript
    sign_in_as_new_person(page, site, "Steady Pine")
    page.goto(f"{site}/members/apply/")

    expect(page.get_by_label("Type your town or city")).to_be_hidden()
    expect(page.get_by_role("radio")).to_have_count(16)  # 2 membership types and 14 LHINs
    page.get_by_role("radio", name="Champlain", exact=True).check()
    page.get_by_role("button", name="Save and finish later").click()

    page.wait_for_url(f"{site}/members/application/")
    expect(page.get_by_text("Draft", exact=True)).to_be_visible()
    # No axe-core here: it is a script, and scripts are off (the pages are checked above).


def test_the_status_page_of_a_declined_application_is_accessible_and_kind(
    site,  # noqa: F811
    page: Page,
):
    sign_in_as_new_person(page, site, "Bright Shore")
    MembershipApplicationFactory(
        applicant=User.objects.get(display_name="Bright Shore"),
        status="declined",
        decline_reason="We could not confirm your LHIN. Please write to us.",
    )

    page.goto(f"{site}/members/application/")

    expect(page.get_by_text("We're sorry")).to_be_visible()
    expect(page.get_by_text("We could not confirm your LHIN.")).to_be_visible()
    expect(page.get_by_role("link", name="Apply again")).to_be_visible()
    assert_accessible(page)


def test_a_members_pages_are_accessible_and_fit_a_phone(site, page: Page):  # noqa: F811
    sign_in_as_new_person(page, site, "Open Field")
    person = User.objects.get(display_name="Open Field")
    membership = MembershipFactory(person=person, expires_at=timezone.now() + timedelta(days=10))
    page.set_viewport_size({"width": 320, "height": 640})

    for url in ["/members/", "/members/renew/", "/members/lhin/", "/members/account/"]:
        page.goto(f"{site}{url}")
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px"
        assert_accessible(page)

    page.goto(f"{site}/members/")
    page.get_by_label("Move to the LHIN region").select_option(label="Champlain")
    page.get_by_role("button", name="Move to this LHIN region").click()
    expect(page.get_by_text("You are now a member in Champlain")).to_be_visible()

    Membership.objects.filter(pk=membership.pk).update(
        status="lapsed", expires_at=timezone.now() - timedelta(days=1)
    )
    page.goto(f"{site}/members/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your membership has lapsed")
    assert_accessible(page)
    page.get_by_role("button", name="Renew for a year").click()
    expect(page.get_by_text("your membership is renewed until")).to_be_visible()


def test_the_apply_page_fits_a_phone_screen(site, page: Page):  # noqa: F811
    sign_in_as_new_person(page, site, "Small Screen")
    page.set_viewport_size({"width": 320, "height": 640})

    page.goto(f"{site}/members/apply/")

    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the apply page scrolls sideways by {overflow}px"
    assert_accessible(page)
