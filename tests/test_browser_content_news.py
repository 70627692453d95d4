"""News in a real browser: a visitor opens the list, filters it by topic (and fixes a bad value),
and opens a post with its picture, in English and in French. axe-core checks each page (WCAG 2.1
A/AA), and the page breaks no Content Security Policy (the `site` fixture)."""

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_visitor_reads_the_news_filters_by_topic_and_opens_a_post(site, page: Page):  # noqa: F811
    page.goto(f"{site}/news/")

    expect(page.get_by_role("heading", level=1)).to_have_text("News")
    expect(page.get_by_role("heading", level=2, name="10 posts")).to_be_visible()
    expect(
        page.get_by_role("img", name="Five coloured circles around a blue table").first
    ).to_be_visible()
    # The members-only, scheduled and draft posts of the demo are not for the public.
    expect(page.get_by_text("have your say on the terms of reference")).to_have_count(0)
    expect(page.get_by_text("Board election results")).to_have_count(0)
    expect(page.get_by_text("Winter newsletter highlights")).to_have_count(0)
    assert_accessible(page)

    page.get_by_label("Topic").select_option(label="Training")
    page.get_by_role("button", name="Show news").click()

    expect(page.get_by_label("Topic")).to_have_value("training")
    expect(page.get_by_role("heading", level=2, name="4 posts")).to_be_visible()
    expect(page.get_by_role("link", name="Harm reduction and peer support")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Core competencies workshop: registration is open").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Core competencies workshop: registration is open"
    )
    expect(page.get_by_role("img", name="Three steps rising from left to right")).to_be_visible()
    expect(
        page.get_by_text("The Training Expert Panel named six core competencies")
    ).to_be_visible()
    expect(page.get_by_role("link", name="Toronto Central")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="News").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("News")


def test_a_bad_filter_is_explained_on_its_field_and_reachable_by_keyboard(site, page: Page):  # noqa: F811
    response = page.goto(f"{site}/news/?topic=not-a-topic")

    assert response.status == 400
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Please choose one of the topics listed.")
    topic = page.get_by_label("Topic")
    expect(topic).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    summary.get_by_role("link").click()
    expect(topic).to_be_focused()


def test_the_news_in_french_is_accessible(site, page: Page):  # noqa: F811
    page.goto(f"{site}/news/")
    page.get_by_role("button", name="Français").click()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_role("link", name="Bienvenue sur le site Web du réseau")).to_be_visible()
    assert_accessible(page)

    # By the form's own names: the labels are translated by the lead's French catalogue.
    page.locator("#id_topic").select_option(label="Formation")
    page.locator(".filter-form button[type=submit]").click()
    expect(page.locator("#id_topic")).to_have_value("training")
    assert_accessible(page)

    page.get_by_role(
        "link", name="Atelier sur les compétences de base : les inscriptions sont ouvertes"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Atelier sur les compétences de base : les inscriptions sont ouvertes"
    )
    expect(page.get_by_role("img", name="Trois marches qui montent")).to_be_visible()
    expect(page.locator("article")).not_to_have_attribute("lang", "en")
    assert_accessible(page)


def test_an_editor_finds_the_news_admin_accessible(site, page: Page):  # noqa: F811
    sign_in(page, site, "editor@example.org")

    for url in [
        "/admin/content/newspost/",
        "/admin/content/newspost/add/",
        "/admin/content/newstopic/",
    ]:
        page.goto(f"{site}{url}")
        page.wait_for_load_state("load")
        assert_accessible(page)
