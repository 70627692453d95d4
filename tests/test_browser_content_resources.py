"""The resource library in a real browser: a member filters by competency, searches, opens a
tool and finds its printable file; a visitor meets only what is public and fixes a bad filter;
the same pages in French; an editor's admin pages. axe-core checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_filters_by_competency_searches_and_opens_a_tool(page: Page, site):  # noqa: F811
    sign_in(page, site, "full.member@example.org")
    page.goto(f"{site}/resources/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Resource library")
    assert_accessible(page)

    page.get_by_label("Core competency").select_option(label="4. Supervision")
    page.get_by_role("button", name="Show resources").click()
    # Members-only: the member sees it; the list is narrowed to what builds supervision.
    expect(
        page.get_by_role("link", name="Supervision discussions with a peer worker")
    ).to_be_visible()
    expect(page.get_by_role("link", name="Boundary setting: discussion document")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Clear").click()
    page.locator("#main").get_by_label("Search").fill("boundaries")
    page.get_by_role("button", name="Show resources").click()
    page.get_by_role("link", name="Boundary setting: discussion document").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Boundary setting: discussion document"
    )
    expect(page.get_by_text("Lending or borrowing money")).to_be_visible()
    expect(
        page.get_by_role("link", name="Download boundary-setting-discussion.csv")
    ).to_be_visible()
    assert_accessible(page)


def test_a_visitor_sees_only_public_resources_and_fixes_a_bad_filter(page: Page, site):  # noqa: F811
    page.goto(f"{site}/resources/")
    expect(page.get_by_role("link", name="Boundary setting: discussion document")).to_be_visible()
    expect(page.get_by_text("Supervision discussions with a peer worker")).to_have_count(0)
    # Not reviewed for two years: readers are warned.
    expect(page.get_by_text("May be out of date").first).to_be_visible()

    page.goto(f"{site}/resources/?kind=podcast&q=peer")
    expect(page.get_by_role("alert")).to_contain_text("Please choose one of the kinds listed.")
    expect(page.locator("#main").get_by_label("Search")).to_have_value("peer")
    assert_accessible(page)

    page.get_by_label("Kind").select_option("tool")
    page.get_by_role("button", name="Show resources").click()
    expect(
        page.get_by_role("link", name="The four stages of implementing peer support")
    ).to_be_visible()
    page.get_by_role("link", name="The four stages of implementing peer support").click()
    expect(page.get_by_role("heading", name="Stage 1: Engage and explore")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site}/resources/supervision-discussions/")
    expect(page).to_have_url(f"{site}/accounts/login/?next=/resources/supervision-discussions/")


def test_the_library_reads_in_french(page: Page, site):  # noqa: F811
    page.goto(f"{site}/resources/")
    page.get_by_role("button", name="Français").click()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(
        page.get_by_role("link", name="Établir ses limites : document de discussion")
    ).to_be_visible()
    assert_accessible(page)

    search = page.locator("#id_q")  # its label is translated by the lead, later
    search.fill("limites")
    search.press("Enter")
    page.get_by_role("link", name="Établir ses limites : document de discussion").click()
    expect(page.get_by_text("Prêter ou emprunter de l'argent")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site}/resources/ce-que-vous-pouvez-attendre-affiche/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ce que vous pouvez attendre du soutien par les pairs : affiche à imprimer"
    )
    assert_accessible(page)


def test_an_editor_finds_what_needs_review_in_the_admin(page: Page, site):  # noqa: F811
    sign_in(page, site, "editor@example.org")

    page.goto(f"{site}/admin/content/resource/?needs_review=yes")
    expect(
        page.get_by_role(
            "link", name="A reflective practice tool for agencies that employ peer staff (2016)"
        )
    ).to_be_visible()
    expect(page.get_by_text("⚠ Needs review").first).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site}/admin/content/resource/add/")
    page.wait_for_load_state("load")
    assert_accessible(page)
