"""The LHIN engagement dashboard in a real browser, with the demo members: no axe-core violation."""

import pytest
from playwright.sync_api import Page, expect

from members.demo import seed_membership_demo
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def members_site(site):  # noqa: F811
    seed_membership_demo()
    return site


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_network_administrator_reads_the_dashboard_in_either_theme(
    members_site, page: Page, theme
):
    page.emulate_media(color_scheme=theme)
    sign_in(page, members_site, "admin@example.org")

    page.goto(f"{members_site}/admin/members/lhintarget/")
    assert_accessible(page)
    page.get_by_role("link", name="Engagement dashboard").click()

    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.get_by_role("img", name="Active members and target of each LHIN")).to_be_visible()
    expect(page.get_by_role("table", name="Members and target of each LHIN")).to_be_visible()
    expect(page.get_by_role("cell", name="Not met", exact=True).first).to_be_visible()
    assert "member.7-1@example.org" not in page.content()
    assert "Peer 7-1" not in page.content()
    assert_accessible(page)


def test_a_coordinator_reads_the_dashboard_of_their_lhin_and_a_bad_year_is_explained(
    members_site, page: Page
):
    sign_in(page, members_site, "coordinator@example.org")

    page.goto(f"{members_site}/admin/members/lhintarget/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("your LHINs")
    expect(page.get_by_role("cell", name="Champlain")).to_have_count(0)
    assert_accessible(page)

    page.goto(f"{members_site}/admin/members/lhintarget/dashboard/?year=nope")
    expect(page.get_by_text("Choose a year from 2014")).to_be_visible()
    assert_accessible(page)


def test_the_dashboard_fits_a_phone_screen(members_site, page: Page):
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, members_site, "admin@example.org")

    page.goto(f"{members_site}/admin/members/lhintarget/dashboard/")

    assert_accessible(page)
