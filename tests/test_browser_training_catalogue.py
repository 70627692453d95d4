"""Browsing training by competency in a real browser: the frameworks, a competency, a course,
and the catalogue's filters (with a bad value). axe-core checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_visitor_browses_from_a_competency_to_a_course(page: Page, site):  # noqa: F811
    page.goto(f"{site}/training/competencies/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Competencies")
    expect(page.get_by_role("heading", name="Peer Support Canada competencies")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Interpersonal skills", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Interpersonal skills")
    expect(page.get_by_role("heading", name="Courses that deepen it")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Intentional sharing of lived experience").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Intentional sharing of lived experience"
    )
    expect(page.get_by_text("Ontario Mental Health Peer Network (demo)")).to_be_visible()
    expect(page.get_by_role("heading", name="Upcoming sessions")).to_be_visible()
    assert_accessible(page)


def test_a_visitor_filters_the_catalogue_and_fixes_a_bad_value(page: Page, site):  # noqa: F811
    page.goto(f"{site}/training/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Training catalogue")
    assert_accessible(page)

    page.get_by_role("main").get_by_label("Search").fill("limites")
    page.get_by_label("Language").select_option("fr")
    page.get_by_role("button", name="Show courses").click()
    expect(
        page.get_by_role("link", name="Boundaries and self-care for peer workers")
    ).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site}/training/?format=zoom&q=boundaries")
    expect(page.get_by_role("alert")).to_contain_text("Please choose one of the formats listed.")
    expect(page.get_by_role("main").get_by_label("Search")).to_have_value("boundaries")
    assert_accessible(page)
