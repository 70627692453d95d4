"""The page tree in a real browser, in English and in French: a visitor goes from the home page to
"About the network", opens a page, a page under it through the section's navigation (with the
keyboard), and comes back through the breadcrumbs; the skip link works; an editor previews a
draft and opens a page's history in the admin. axe-core checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLES = {
    "en": {
        "language": None,
        "about": "About us",
        "main": "Main",
        "section": "Who we are and our purpose",
        "child": "Staffing",
        "other": "How to get involved",
        "statement": "Privacy statement",
    },
    "fr": {
        "language": "Français",
        "about": "À propos de nous",
        "main": "Principal",
        "section": "Qui nous sommes et notre raison d'être",
        "child": "Notre équipe",
        "other": "Comment participer",
        "statement": "Énoncé de confidentialité",
    },
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_visitor_finds_their_way_through_the_network_s_pages(
    site,  # noqa: F811
    page: Page,
    language,
):
    titles = TITLES[language]
    page.goto(f"{site}/")
    if titles["language"]:
        page.get_by_role("button", name=titles["language"]).click()
    expect(page.locator("html")).to_have_attribute("lang", language)

    page.get_by_role("navigation", name=titles["main"]).get_by_role(
        "link", name=titles["about"]
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.get_by_role("heading", level=2, name=titles["other"])).to_be_visible()
    expect(page.locator("#main").get_by_role("link", name=titles["statement"])).to_be_visible()
    expect(page.get_by_text("Member handbook")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("heading", level=2).get_by_role("link", name=titles["section"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(titles["section"])
    assert_accessible(page)

    # Into the section with the keyboard: focus the child's link and press Enter.
    section = page.locator("nav.section-nav")
    expect(section.get_by_role("link", name=titles["section"])).to_have_attribute(
        "aria-current", "page"
    )
    section.get_by_role("link", name=titles["child"]).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(titles["child"])
    expect(
        page.locator("nav.section-nav").get_by_role("link", name=titles["child"])
    ).to_have_attribute("aria-current", "page")
    assert_accessible(page)

    page.locator("nav.breadcrumbs").get_by_role("link", name=titles["section"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(titles["section"])

    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_attribute("href", "#main")
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")


def test_a_visitor_signed_out_is_sent_to_sign_in_for_the_member_handbook(site, page: Page):  # noqa: F811
    page.goto(f"{site}/member-handbook/")

    expect(page).to_have_url(f"{site}/accounts/login/?next=/member-handbook/")


def test_an_editor_previews_a_draft_and_reads_a_page_s_history(site, page: Page):  # noqa: F811
    sign_in(page, site, "editor@example.org")

    page.goto(f"{site}/publications/annual-report/")
    expect(page.get_by_role("note")).to_contain_text("this page is not published")
    assert_accessible(page)

    page.goto(f"{site}/admin/content/page/")
    expect(page.get_by_role("link", name="Annual report")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Staffing").click()
    page.wait_for_load_state("load")
    assert_accessible(page)
    page.get_by_role("link", name="History").click()
    expect(page.get_by_role("heading", level=2).first).to_contain_text("Saved on")
    assert_accessible(page)
