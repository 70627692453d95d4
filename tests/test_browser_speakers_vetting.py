"""Vetting in a real browser: a coordinator starts the review of an application and assigns the
demo reviewer in the admin; the reviewer assesses it on their pages (an empty save is refused at
its field first); the coordinator schedules the conversation and approves it. Each page is
checked by axe-core (WCAG 2.1 A/AA), and the safety plan's contents appear on none of them."""

import re
from datetime import timedelta

import pytest
from django.utils.timezone import localdate
from playwright.sync_api import Page, expect

from speakers.models import Assessment, Speaker
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def check_page(page: Page) -> None:
    assert_accessible(page)
    assert "SAFETY-PLAN" not in page.content()


def test_a_reviewer_assesses_an_application_and_a_coordinator_approves_it(
    site,  # noqa: F811
    page: Page,
):
    from speakers.tests.factories import SafetyPlanFactory, SpeakerFactory

    application = SpeakerFactory(submitted=True, name="Tamsin", listed=True, show_name=True)
    SafetyPlanFactory(speaker=application)
    admin_url = f"{site}/admin/speakers/speaker/{application.pk}/change/"

    # The coordinator of Toronto Central starts the review and assigns the demo reviewer.
    sign_in(page, site, "coordinator@example.org")
    page.goto(f"{site}/admin/speakers/speaker/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Speakers and applications")
    check_page(page)
    page.get_by_role("link", name="Tamsin").first.click()
    expect(page.get_by_text("Yes. Only the speaker can read it.")).to_be_visible()
    check_page(page)
    page.get_by_role("button", name="Start the review").click()
    expect(page.locator(".messagelist")).to_contain_text("The review has started.")
    page.get_by_role("link", name="Assign a reviewer").click()
    check_page(page)
    page.get_by_label("Reviewer").select_option(label="Speakers Reviewer")
    page.get_by_role("button", name="Assign and tell the reviewer").click()
    expect(page.locator(".messagelist")).to_contain_text("Speakers Reviewer is assigned")
    check_page(page)

    # The reviewer finds it among theirs and assesses it.
    page.context.clear_cookies()
    sign_in(page, site, "reviewer@example.org")
    page.goto(f"{site}/speakers/review/")
    check_page(page)
    page.get_by_role("link", name="Tamsin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Review the application of Tamsin")
    check_page(page)
    page.get_by_role("button", name="Save my assessment").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Choose an assessment for at least one criterion before saving."
    )
    check_page(page)
    for radio in page.locator('input[type="radio"][value="meets"]').all():
        radio.check()
    page.get_by_label(re.compile("^Notes on “Lived or living experience")).fill(
        "Says so in their own words."
    )
    page.get_by_role("button", name="Save my assessment").click()
    expect(page.get_by_text("Your assessment is saved.")).to_be_visible()
    expect(page.get_by_text("You have assessed 7 of 7 criteria.")).to_be_visible()
    check_page(page)

    # The coordinator reads the assessment, schedules the conversation (a date in the past is
    # refused at its field first) and approves the application.
    page.context.clear_cookies()
    sign_in(page, site, "coordinator@example.org")
    page.goto(admin_url)
    expect(page.get_by_text("Speakers Reviewer: 7 of 7 criteria assessed")).to_be_visible()
    expect(page.get_by_text("Says so in their own words.")).to_be_visible()
    page.get_by_role("link", name="Schedule the conversation").click()
    check_page(page)
    page.get_by_label("Date of the conversation").fill(
        f"{localdate() - timedelta(days=1):%Y-%m-%d}"
    )
    page.get_by_label("Time (Eastern time)").fill("14:30")
    page.get_by_role("button", name="Schedule and tell the applicant").click()
    expect(page.locator(".errornote")).to_be_visible()
    expect(page.get_by_text("Choose a date and time in the future")).to_be_visible()
    check_page(page)
    page.get_by_label("Date of the conversation").fill(
        f"{localdate() + timedelta(days=7):%Y-%m-%d}"
    )
    page.get_by_role("button", name="Schedule and tell the applicant").click()
    expect(page.locator(".messagelist")).to_contain_text("The conversation is scheduled.")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".messagelist")).to_contain_text("Tamsin is now an active speaker")
    check_page(page)

    application.refresh_from_db()
    assert application.status == Speaker.Status.APPROVED
    assert Speaker.objects.listed().filter(pk=application.pk).exists()
    assert Assessment.objects.filter(speaker=application, outcome="meets").count() == 7
