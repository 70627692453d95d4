"""Honoraria in a real browser: the public guidelines and rates, and a person declining one of
their own honoraria. Each page is checked by axe-core (WCAG 2.1 A/AA)."""

import re

import pytest
from playwright.sync_api import Page, expect

from governance.models import Honorarium
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_reads_the_guidelines_and_declines_an_honorarium(site, page: Page):  # noqa: F811
    page.goto(f"{site}/governance/honoraria/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Honoraria and reimbursement")
    expect(page.get_by_role("row", name=re.compile("Mileage"))).to_contain_text("$0.61")
    assert_accessible(page)

    sign_in(page, site, "full.member@example.org")
    page.goto(f"{site}/governance/honoraria/mine/")
    assert_accessible(page)
    row = page.get_by_role("row", name=re.compile("Advisory group meeting, November"))
    expect(row).to_contain_text("Waiting for approval")
    row.get_by_role("button", name="Decline").click()

    expect(page.get_by_text("Declined. Nothing more is needed from you.")).to_be_visible()
    row = page.get_by_role("row", name=re.compile("Advisory group meeting, November"))
    expect(row).to_contain_text("You declined it")
    expect(row.get_by_role("button", name="Decline")).to_have_count(0)
    assert_accessible(page)
    assert Honorarium.objects.get(activity="Advisory group meeting, November").status == "declined"
