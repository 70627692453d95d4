"""Governance bodies in a real browser: the public pages (checked by axe-core), a members-only
body appearing once a member signs in, and a governance member picking a seat holder in the
admin with the display-name autocomplete."""

import pytest
from playwright.sync_api import Page, expect

from governance.models import Seat
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_board_its_meeting_and_the_members_only_group(site, page: Page):  # noqa: F811
    page.goto(f"{site}/governance/bodies/")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.get_by_role("link", name="Members' advisory group")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Board of directors").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Board of directors")
    expect(page.get_by_text("Lived-experience seat").first).to_be_visible()
    expect(page.get_by_role("cell", name="Vacant")).to_have_count(1)
    assert_accessible(page)

    page.get_by_role(
        "link", name="Board meeting: terms of reference and the advisory group"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.get_by_text("That the board approve its terms of reference")).to_be_visible()
    expect(page.get_by_text("Minutes not yet approved")).to_have_count(0)
    assert_accessible(page)

    sign_in(page, site, "full.member@example.org")
    page.goto(f"{site}/governance/bodies/")
    page.get_by_role("link", name="Members' advisory group").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Members' advisory group")
    assert_accessible(page)


def test_a_governance_member_picks_a_seat_holder_by_display_name(site, page: Page):  # noqa: F811
    sign_in(page, site, "governance@example.org")
    page.goto(f"{site}/admin/governance/body/")
    page.get_by_role("link", name="Governance expert panel").click()
    # The vacant lived-experience seat: Select2 asks the people autocomplete as one types.
    choose_holder(page, "Sam", "Sam Ally")  # a supporting member
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".errorlist")).to_contain_text("Only a full member")

    choose_holder(page, "Riv", "River")  # a full member
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    seat = Seat.objects.get(body__slug="governance-expert-panel", order=2)
    assert seat.holder.display_name == "River"


def choose_holder(page: Page, typed: str, name: str) -> None:
    page.locator(".select2-selection").nth(1).click()
    page.locator(".select2-search__field").fill(typed)
    page.locator(".select2-results__option", has_text=name).click()
