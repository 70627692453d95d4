"""Forum posts in the site search, in a real browser: a full member signs in, searches, sees posts
of the forums they may read (a warned one without its text), narrows to forum posts; in English
and in French. axe-core checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from content.forums.models import ContentWarning, Rule
from content.forums.tests.factories import CategoryFactory, PostFactory, ThreadFactory
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def posts(site):  # noqa: F811
    """Posts about the (imaginary) Wayfinder circle, "Boussole" in French: in a category for all
    members, in a peer-only space, in the governance members' category, and one with a
    content warning."""
    members = CategoryFactory(name="Wayfinder talk", name_fr="Causerie Boussole")
    peers = CategoryFactory(read_rule=Rule.FULL_MEMBERS, write_rule=Rule.FULL_MEMBERS)
    board = CategoryFactory(read_rule=Rule.GOVERNANCE, write_rule=Rule.GOVERNANCE)
    PostFactory(
        thread=ThreadFactory(category=members, title="Our Wayfinder circle", posts=0),
        body="The Wayfinder circle meets on Tuesdays. Le cercle Boussole se réunit le mardi.",
    )
    PostFactory(
        thread=ThreadFactory(category=peers, title="Peers only: Wayfinder", posts=0),
        body="Between peers: what the Wayfinder circle gave me.",
    )
    PostFactory(
        thread=ThreadFactory(category=peers, title="A hard Wayfinder week", posts=0),
        body="After the Wayfinder circle I used again.",
        content_warning=ContentWarning.RELAPSE,
    )
    PostFactory(
        thread=ThreadFactory(category=board, title="Board: Wayfinder budget", posts=0),
        body="The Wayfinder budget for next year.",
    )


def test_a_full_member_finds_forum_posts_they_may_read(site, page: Page, posts):  # noqa: F811
    sign_in(page, site, "full.member@example.org")
    box = page.get_by_role("search").get_by_label("Search the site")
    box.fill("wayfinder")
    box.press("Enter")

    results = page.get_by_role("list", name="for “wayfinder”")
    expect(results.get_by_role("link", name="Our Wayfinder circle #1")).to_be_visible()
    expect(results.get_by_role("link", name="Peers only: Wayfinder #1")).to_be_visible()
    expect(results.get_by_role("link", name="A hard Wayfinder week #1")).to_be_visible()
    expect(page.get_by_text("Content warning: Relapse")).to_be_visible()
    expect(page.get_by_text("I used again")).to_have_count(0)
    expect(page.get_by_text("Board: Wayfinder budget")).to_have_count(0)
    assert_accessible(page)

    narrow = page.get_by_role("navigation", name="Narrow the results")
    narrow.get_by_role("link", name="Forum posts (3)").click()
    expect(page).to_have_url(f"{site}/search/?q=wayfinder&kind=forum")
    expect(results.get_by_role("listitem")).to_have_count(3)
    assert_accessible(page)


def test_a_french_member_finds_forum_posts_in_french(site, page: Page, posts):  # noqa: F811
    sign_in(page, site, "full.member@example.org")
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    box = page.get_by_role("search").get_by_role("searchbox")
    box.fill("boussole")
    box.press("Enter")

    results = page.locator("ol.search-results")
    expect(results.get_by_role("link", name="Our Wayfinder circle #1")).to_be_visible()
    expect(results.locator("mark", has_text="Boussole").first).to_be_visible()
    assert_accessible(page)


def test_a_signed_out_visitor_finds_no_forum_post(site, page: Page, posts):  # noqa: F811
    page.goto(f"{site}/search/?q=wayfinder")

    expect(page.get_by_text("Wayfinder circle")).to_have_count(0)
    expect(page.get_by_text("Forum posts (")).to_have_count(0)
    assert_accessible(page)
