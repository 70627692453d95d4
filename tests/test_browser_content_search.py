"""The site search in a real browser: a visitor searches from the header's box, moves through the
results with the keyboard, narrows them by kind and opens one; in English and in French. axe-core
checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from content.models import Access
from content.tests.factories import NewsPostFactory, PageFactory, ResourceFactory
from speakers.tests.factories import SpeakerFactory
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)
from training.tests.factories_catalogue import CourseFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def findable(site):  # noqa: F811
    """Rows about the (imaginary) Wayfinder programme, "Boussole" in French, of several kinds;
    one of them members-only. Words the demo data does not use, so the counts are these rows'."""
    course = CourseFactory(
        slug="wayfinder-boundaries",
        title="Wayfinder: boundaries in peer work",
        title_fr="Boussole : les limites dans le travail de pair",
        summary="Setting boundaries with care, for yourself and the people you support.",
        summary_fr="Poser des limites avec soin, pour soi et pour les personnes soutenues.",
    )
    PageFactory(
        title="Guiding principles",
        title_fr="Principes directeurs",
        body="<p>Peers lead the Wayfinder programme, and respect each other's choices.</p>",
        body_fr="<p>Les pairs mènent le programme des boussoles et respectent les choix.</p>",
    )
    ResourceFactory(
        title="Wayfinder discussion document",
        title_fr="Document de discussion Boussole",
        summary="Fourteen behaviours rated always, sometimes or not OK.",
        summary_fr="Quatorze comportements notés toujours, parfois ou jamais acceptables.",
    )
    ResourceFactory(
        title="Wayfinder tool kit",
        title_fr="Trousse Boussole",
        summary="Compassion fatigue and personal safety.",
        summary_fr="Usure de compassion et sécurité personnelle.",
    )
    NewsPostFactory(title="A new Wayfinder workshop", title_fr="Un nouvel atelier Boussole")
    NewsPostFactory(title="Members' Wayfinder notes", access=Access.MEMBERS)
    SpeakerFactory(approved=True, name="Juniper", bio="I speak about the Wayfinder programme.")
    return course


def test_a_visitor_searches_from_the_header_and_narrows_the_results(
    site,  # noqa: F811
    page: Page,
    findable,
):
    page.goto(f"{site}/")
    box = page.get_by_role("search").get_by_label("Search the site")
    box.fill("wayfinder")
    box.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.get_by_role("heading", name="results for “wayfinder”")).to_be_visible()
    results = page.get_by_role("list", name="for “wayfinder”")
    expect(results.get_by_role("listitem")).to_have_count(6)
    expect(page.get_by_text("Members' Wayfinder notes")).to_have_count(0)
    expect(results.locator("mark").first).to_be_visible()
    expect(page.get_by_label("Search the site")).to_have_value("wayfinder")
    assert_accessible(page)

    # The keyboard goes from one result to the next, in the order shown.
    links = results.get_by_role("heading", level=3).get_by_role("link")
    links.first.focus()
    first = links.first.inner_text()
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text(links.nth(1).inner_text())
    page.keyboard.press("Shift+Tab")
    expect(page.locator(":focus")).to_have_text(first)

    # Narrowed to resources, with the keyboard.
    narrow = page.get_by_role("navigation", name="Narrow the results")
    narrow.get_by_role("link", name="Resources (2)").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/search/?q=wayfinder&kind=resource")
    expect(results.get_by_role("listitem")).to_have_count(2)
    expect(narrow.get_by_role("link", name="Resources (2)")).to_have_attribute(
        "aria-current", "page"
    )
    expect(page.get_by_label("Show")).to_have_value("resource")
    assert_accessible(page)

    # Back to everything through the form, then to the course.
    page.get_by_label("Show").select_option("course")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(results.get_by_role("listitem")).to_have_count(1)
    results.get_by_role("link", name="Wayfinder: boundaries in peer work").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/training/courses/{findable.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Wayfinder: boundaries in peer work")


def test_a_long_query_is_refused_with_a_message_tied_to_the_field(site, page: Page):  # noqa: F811
    page.goto(f"{site}/search/?q={'peer' * 60}")

    expect(page.get_by_role("alert")).to_contain_text("Please use at most 200 characters")
    field = page.get_by_label("Search the site")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)
    page.get_by_role("alert").get_by_role("link").click()
    expect(field).to_be_focused()


def test_a_french_visitor_searches_in_french(site, page: Page, findable):  # noqa: F811
    page.goto(f"{site}/")
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    box = page.get_by_role("search").get_by_role("searchbox")
    box.fill("boussole")
    box.press("Enter")

    expect(page).to_have_url(f"{site}/search/?q=boussole")
    results = page.locator("ol.search-results")
    expect(
        results.get_by_role("link", name="Boussole : les limites dans le travail de pair")
    ).to_be_visible()
    expect(results.get_by_role("link", name="Principes directeurs")).to_be_visible()
    expect(results.locator("mark", has_text="boussoles").first).to_be_visible()
    expect(page.get_by_text("Members' Wayfinder notes")).to_have_count(0)
    assert_accessible(page)

    page.locator("nav.search-kinds a").nth(1).focus()
    page.keyboard.press("Enter")
    expect(page.locator("nav.search-kinds [aria-current=page]")).to_have_count(1)
    assert_accessible(page)


def test_the_home_page_shows_its_described_picture_news_and_events_in_both_languages(
    site,  # noqa: F811
    page: Page,
):
    NewsPostFactory(title="The network meets in Sudbury", title_fr="Le réseau se réunit à Sudbury")
    page.goto(f"{site}/")

    picture = page.get_by_role("img", name="overlapping circles")
    expect(picture).to_be_visible()
    assert picture.evaluate("image => image.naturalWidth") > 0
    expect(page.get_by_role("heading", name="Latest news")).to_be_visible()
    expect(page.get_by_role("heading", name="The network meets in Sudbury")).to_be_visible()
    expect(page.get_by_role("heading", name="What's on")).to_be_visible()
    expect(page.get_by_role("link", name="Join the network")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Français").click()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("img", name="cercles qui se chevauchent")).to_be_visible()
    expect(page.get_by_role("heading", name="Le réseau se réunit à Sudbury")).to_be_visible()
    assert_accessible(page)
