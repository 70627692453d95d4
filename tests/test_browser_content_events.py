"""What's on in a real browser: a visitor opens the list, switches to the calendar, moves to the
next month with the keyboard, opens an event and finds "Add to my calendar". axe-core checks
each page (WCAG 2.1 A/AA), in English and in French."""

import re

import pytest
from playwright.sync_api import Page, expect

from content.demo.events import MEMBERS_ONLY_SLUG
from content.models import Event
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_visitor_goes_from_the_list_to_next_month_and_an_event(site, page: Page):  # noqa: F811
    members_only = Event.objects.get(slug=MEMBERS_ONLY_SLUG)
    page.goto(f"{site}/events/")

    expect(page.get_by_role("heading", level=1)).to_have_text("What's on")
    expect(page.get_by_role("link", name="Online drop-in: meet the network")).to_be_visible()
    expect(page.get_by_text(members_only.title)).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("navigation", name="Ways to see what's on").get_by_role(
        "link", name="Calendar", exact=True
    ).click()
    grid = page.get_by_role("table")
    expect(grid).to_be_visible()
    expect(grid.get_by_role("columnheader")).to_have_count(7)
    this_month = grid.locator("caption").inner_text()
    assert_accessible(page)

    next_month = page.get_by_role("link", name=re.compile(r"^Next month"))
    next_month.focus()
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/events/calendar/\d{4}/\d{1,2}/$"))
    expect(grid.locator("caption")).not_to_have_text(this_month)
    expect(page.get_by_text(members_only.title)).to_have_count(0)
    assert_accessible(page)

    event_link = grid.locator("a[href^='/events/']").first
    event_link.focus()
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/events/[-\w]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    add = page.get_by_role("link", name="Add to my calendar")
    expect(add).to_be_visible()
    assert_accessible(page)
    with page.expect_download() as download:
        add.click()
    assert download.value.suggested_filename.endswith(".ics")


def test_what_s_on_and_the_calendar_in_french_are_accessible(site, page: Page):  # noqa: F811
    page.goto(f"{site}/events/")
    page.get_by_role("button", name="Français").click()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(
        page.get_by_role("link", name="Rencontre en ligne : découvrir le réseau")
    ).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site}/events/calendar/")
    expect(page.get_by_role("table")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site}/events/annual-conference/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Congrès annuel")
    assert_accessible(page)


def test_a_bad_filter_is_announced_at_its_field_and_fixed(site, page: Page):  # noqa: F811
    page.goto(f"{site}/events/?kind=party")

    kind = page.get_by_label("Kind")
    expect(kind).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("alert")).to_contain_text("Please choose events, training sessions")
    assert_accessible(page)

    kind.select_option("conference")
    page.get_by_role("button", name="Show what's on").click()

    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_text("Annual conference").first).to_be_visible()
    assert_accessible(page)


def test_on_a_phone_the_calendar_is_a_list_of_days(site, page: Page):  # noqa: F811
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site}/events/calendar/")

    expect(page.get_by_role("table")).to_be_hidden()
    expect(page.locator(".event-days").get_by_role("heading", level=2).first).to_be_visible()
    assert_accessible(page)
