"""A complaint in a real browser: sent on the public form, handled by the complaints officer in the
admin, and its response read on the tracking page. Each page is checked by axe-core."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RESPONSE = "Thank you. The room is now booked with a step-free entrance for every session."


def check_page(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    assert_accessible(page)


def test_a_complaint_goes_from_the_public_form_to_its_resolution(site, page: Page):  # noqa: F811
    # A person, signed out, sends a complaint; a mistyped address comes back at its field.
    page.goto(f"{site}/governance/feedback/")
    check_page(page)
    page.get_by_label("Complaint", exact=True).check()
    page.get_by_label("What is it about?").select_option("accessibility")
    page.get_by_label("What happened?").fill("The training room had stairs only.")
    page.get_by_label("What outcome do you hope for?").fill("Step-free rooms.")
    page.get_by_label("Your email address").fill("robin@")
    page.get_by_role("button", name="Send").click()

    expect(page.get_by_role("alert")).to_contain_text("Enter an email address like")
    expect(page.get_by_label("What happened?")).to_have_value("The training room had stairs only.")
    check_page(page)
    page.get_by_label("Your email address").fill("robin@example.net")
    page.get_by_role("button", name="Send").click()

    # The tracking link, once.
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: we have received it")
    check_page(page)
    reference = re.search(r"C-\d{4}-\d{4}", page.locator(".lead").inner_text()).group(0)
    tracking_url = page.locator(".notice a").get_attribute("href")
    page.goto(f"{site}{tracking_url}")
    expect(page.get_by_text("We have received it.")).to_be_visible()
    check_page(page)

    # The complaints officer acknowledges it, reviews it and resolves it in the admin.
    sign_in(page, site, "complaints@example.org")
    page.goto(f"{site}/admin/governance/case/")
    assert_accessible(page)
    page.get_by_role("link", name=reference).click()
    assert_accessible(page)
    page.get_by_role("button", name="Acknowledge").click()
    expect(page.locator(".messagelist")).to_contain_text("Acknowledged.")
    page.get_by_role("button", name="Start the review").click()
    expect(page.locator(".messagelist")).to_contain_text("The review has started.")
    page.get_by_role("link", name="Resolve, with a response").click()
    assert_accessible(page)
    page.get_by_role("button", name="Resolve, with a response").click()  # empty: refused
    expect(page.locator(".errornote")).to_be_visible()
    page.get_by_label("Response to the person").fill(RESPONSE)
    page.get_by_role("button", name="Resolve, with a response").click()
    expect(page.locator(".messagelist")).to_contain_text("Resolved.")
    assert_accessible(page)

    # Signed out again, the person reads the response on their tracking page.
    page.context.clear_cookies()
    page.goto(f"{site}{tracking_url}")
    expect(page.locator(".summary-list")).to_contain_text("Resolved")
    expect(page.get_by_text(RESPONSE)).to_be_visible()
    check_page(page)
    page.get_by_label("Add a message").fill("Thank you for fixing it.")
    page.get_by_role("button", name="Send the message").click()
    expect(page.get_by_text("Your message is added to your case.")).to_be_visible()
    check_page(page)


def test_governance_members_read_the_counts_in_the_admin(site, page: Page):  # noqa: F811
    sign_in(page, site, "governance@example.org")
    page.goto(f"{site}/admin/")
    page.get_by_role("link", name="Complaint counts by month").click()

    expect(page.get_by_role("heading", name="By month and subject")).to_be_visible()
    expect(page.get_by_role("table", name="By month and subject")).to_contain_text("fewer than 5")
    assert_accessible(page)
