"""Journeys in a real browser (Debian's Chromium through Playwright), each page checked by axe-core.

axe-core comes from the axe-playwright-python package (no download); every page a journey
visits must have zero WCAG 2.1 A/AA violations, and no page may break the Content Security
Policy.
"""

import json
from io import StringIO
from pathlib import Path

import axe_playwright_python
import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from network.demo import DEMO_PASSWORD, seed_demo

# serialized_rollback: the LHINs loaded by migration come back after each flushed test.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js").read_text(encoding="utf-8")
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def site(live_server, page: Page):
    """The live server with the demo data; the test fails on a CSP violation or a script error."""
    # Playwright runs an event loop in this thread, so Django's serialized rollback cannot see
    # the data it saved: put the reference data back the way `make run` does.
    call_command("load_reference_data", stdout=StringIO())
    seed_demo()
    problems: list[str] = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.set_default_timeout(10_000)
    yield live_server.url
    assert not problems, "The browser reported:\n" + "\n".join(problems)


def assert_accessible(page: Page) -> None:
    """axe-core finds no WCAG 2.1 A/AA violation on the page as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS)  # evaluated, not added as a tag: the CSP refuses inline scripts
    options = {"runOnly": {"type": "tag", "values": WCAG21_AA}, "resultTypes": ["violations"]}
    violations = page.evaluate("([o]) => axe.run(document, o)", [options])["violations"]
    report = [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + json.dumps([node["target"] for node in v["nodes"]][:5])
        for v in violations
    ]
    assert not violations, f"{page.url}\n" + "\n".join(report)


def sign_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    page.wait_for_url(f"{base}/")


def test_the_home_page_in_english_and_french_is_accessible(site, page: Page):
    page.goto(f"{site}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.get_by_role("banner").get_by_role("link", name="Need support now?")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Français").click()

    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(
        page.get_by_role("banner").get_by_role("link", name="Besoin de soutien maintenant?")
    ).to_be_visible()
    assert_accessible(page)


def test_the_skip_link_is_the_first_stop_and_leads_to_the_main_content(site, page: Page):
    page.goto(f"{site}/")

    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_attribute("href", "#main")
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")

    assert page.url.endswith("#main")


def test_a_person_in_distress_reaches_the_crisis_lines_from_any_page(site, page: Page):
    page.goto(f"{site}/privacy/")

    page.get_by_role("banner").get_by_role("link", name="Need support now?").click()

    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text("ConnexOntario").first).to_be_visible()
    expect(page.locator('a[href="tel:18665312600"]')).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize(
    "url", ["/privacy/", "/disclaimer/", "/contact/", "/accessibility/", "/governance/"]
)
def test_the_footer_statements_are_accessible(site, page: Page, url):
    page.goto(f"{site}{url}")

    assert_accessible(page)


def test_a_demo_member_signs_in_and_finds_their_account_pages_accessible(site, page: Page):
    sign_in(page, site, "full.member@example.org")

    expect(page.get_by_text("River").first).to_be_visible()
    assert "full.member@example.org" not in page.content()
    assert_accessible(page)
    for url in ["/members/account/", "/accounts/email/", "/accounts/2fa/", "/accounts/sessions/"]:
        page.goto(f"{site}{url}")
        expect(page.get_by_role("heading", level=1)).to_have_count(1)
        assert_accessible(page)


def test_sign_up_errors_are_announced_tied_to_their_fields_and_keep_what_was_typed(
    site, page: Page
):
    page.goto(f"{site}/accounts/signup/")
    assert_accessible(page)

    page.get_by_label("Email").fill("new.person@example.net")
    page.get_by_label("Display name").fill("River")  # taken by the demo full member
    page.get_by_label("Password", exact=True).fill("short")
    page.get_by_label("Password (again)").fill("short")
    page.get_by_role("button", name="Sign Up").click()

    display_name = page.get_by_label("Display name")
    expect(display_name).to_have_attribute("aria-invalid", "true")
    expect(display_name).to_have_value("River")
    expect(page.get_by_label("Email")).to_have_value("new.person@example.net")
    described_by = display_name.get_attribute("aria-describedby") or ""
    messages = " ".join(page.locator(f"#{i}").inner_text() for i in described_by.split())
    assert "taken" in messages
    assert_accessible(page)


def test_the_layout_fits_a_phone_screen_without_sideways_scrolling(site, page: Page):
    page.set_viewport_size({"width": 320, "height": 640})

    for url in ["/", "/support-now/", "/accounts/login/"]:
        page.goto(f"{site}{url}")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px"
        assert_accessible(page)


def test_a_coordinator_signs_in_and_reaches_the_admin(site, page: Page):
    sign_in(page, site, "coordinator@example.org")

    page.get_by_role("link", name="Administration").click()

    expect(page).to_have_url(f"{site}/admin/")
    expect(page.get_by_role("link", name="LHINs")).to_be_visible()
    assert_accessible(page)


def test_the_admin_pages_of_the_foundation_are_accessible(site, page: Page):
    sign_in(page, site, "admin@example.org")

    for url in [
        "/admin/",
        "/admin/network/lhin/",
        "/admin/network/lhin/7/change/",  # with the two-list selector of coordinators
        "/admin/network/crisisline/",
        "/admin/network/crisisline/add/",
        "/admin/members/user/",
        "/admin/network/auditentry/",
    ]:
        page.goto(f"{site}{url}")
        page.wait_for_load_state("load")
        assert_accessible(page)
