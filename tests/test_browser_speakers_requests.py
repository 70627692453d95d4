"""Requesting a speaker in a real browser: an organization fills in the public form, fixes what it
forgot, lands on its private page, reads it in French, cancels; another host gives feedback after
the event. Each page is checked by axe-core (WCAG 2.1 A/AA)."""

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from speakers.models import HostFeedback, SpeakingRequest, Topic
from speakers.selectors.requests import host_token
from speakers.tests.factories import SpeakingRequestFactory, TopicFactory
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TORONTO = ZoneInfo("America/Toronto")


def local_input(days: int, hour: int) -> str:
    day = timezone.localtime(timezone.now(), TORONTO) + timedelta(days=days)
    return day.replace(hour=hour, minute=30).strftime("%Y-%m-%dT%H:%M")


def test_an_organization_requests_a_pair_fixes_a_mistake_and_cancels_later(
    site,  # noqa: F811
    page: Page,
):
    if not Topic.objects.filter(active=True).exists():  # the pages part's demo makes them
        TopicFactory(name="Harm reduction")
    topic = Topic.objects.filter(active=True).first()

    page.goto(f"{site}/speakers/request/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Request a speaker")
    assert_accessible(page)

    page.get_by_label("Organization").fill("Humber Valley College")
    page.get_by_label("Your name").fill("Amina Osei")
    page.get_by_label("Your email address").fill("a.osei@example.edu")
    page.get_by_label("Name of the event").fill("Guest speaker for SSW 210")
    page.get_by_label("About the event").fill("Second-year students preparing for placements.")
    page.get_by_label("Starts").fill(local_input(30, 10))
    page.get_by_label("Ends").fill(local_input(30, 12))
    page.get_by_label("In person", exact=True).check()
    page.get_by_label("Toronto Central", exact=True).check()
    page.get_by_label("Who will be in the audience?").select_option("students")
    page.get_by_label("About how many people?").fill("60")
    page.get_by_label("Training or classroom", exact=True).check()
    page.get_by_label(topic.name, exact=True).check()
    expect(page.get_by_label("A pair of speakers")).to_be_checked()
    page.get_by_label("Honorarium offered per speaker (CAD)").fill("100")
    page.get_by_role("button", name="Send the request").click()

    # The address was forgotten: the summary says so, linked to the field, and nothing is lost.
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Give the address of the event")
    place = page.get_by_label("Address or platform")
    expect(place).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Organization")).to_have_value("Humber Valley College")
    expect(page.get_by_label("Honorarium offered per speaker (CAD)")).to_have_value("100")
    assert_accessible(page)
    summary.get_by_role("link").click()
    expect(place).to_be_focused()
    place.fill("205 Humber College Blvd, Toronto, room L1003")
    page.get_by_role("button", name="Send the request").click()

    expect(page.get_by_text("We have emailed you the link to this page")).to_be_visible()
    request = SpeakingRequest.objects.get(organization="Humber Valley College")
    expect(page.get_by_role("heading", level=1)).to_have_text("Guest speaker for SSW 210")
    expect(page.get_by_text(request.reference)).to_be_visible()
    expect(page.get_by_text("A coordinator will read it soon")).to_be_visible()
    assert request.speakers_needed == 2
    assert_accessible(page)

    # The private page keeps its forms working: the language switch posts back to it.
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert re.search(r"/speakers/host/[^/]+/$", page.url)
    assert_accessible(page)
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.get_by_role("link", name="Cancel this request").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(request.reference)
    assert_accessible(page)
    page.get_by_label("Why are you cancelling?").fill("The placement dates moved.")
    page.get_by_label("Yes, cancel this request").check()
    page.get_by_role("button", name="Cancel the request").click()

    expect(page.get_by_text("Your request is cancelled.", exact=False).first).to_be_visible()
    expect(page.get_by_text("Reason given: The placement dates moved.")).to_be_visible()
    expect(page.get_by_role("link", name="Cancel this request")).to_have_count(0)
    assert_accessible(page)
    request.refresh_from_db()
    assert (request.status, request.cancel_reason) == ("cancelled", "The placement dates moved.")


def test_a_host_gives_feedback_after_the_event_once(site, page: Page):  # noqa: F811
    request = SpeakingRequestFactory(status="completed", event_title="Family night")

    page.goto(f"{site}/speakers/host/{host_token(request)}/")
    assert_accessible(page)
    page.get_by_role("link", name="Give your feedback").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How did “Family night” go?")
    assert_accessible(page)

    page.get_by_label("What went well?").fill("Parents stayed an hour after to talk.")
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Send the feedback").click()

    expect(page.locator("[data-error-summary]")).to_contain_text("Choose how it went overall.")
    expect(page.get_by_label("What went well?")).to_have_value(
        "Parents stayed an hour after to talk."
    )
    assert_accessible(page)
    page.get_by_label("Excellent").check()
    page.get_by_role("button", name="Send the feedback").click()

    expect(page.get_by_role("heading", name="Thank you for your feedback")).to_be_visible()
    expect(page.get_by_role("link", name="Give your feedback")).to_have_count(0)
    assert_accessible(page)
    assert HostFeedback.objects.get(request=request).rating == 5
