"""The peer roles matrix and the partners list in a real browser, checked by axe-core."""

import pytest
from playwright.sync_api import Page, expect

from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_visitor_reads_the_peer_roles_matrix_and_a_roles_scope(page: Page, site):  # noqa: F811
    page.goto(f"{site}/governance/peer-roles/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Peer roles and scope of practice")
    matrix = page.get_by_role("table", name="Which core competencies each peer role draws on")
    expect(matrix.get_by_role("row")).to_have_count(9)  # the header and eight roles
    expect(matrix.get_by_role("columnheader", name="4. Supervision")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Peer navigator").first.click()
    page.get_by_role("heading", name="Peer navigator", level=2).get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Peer navigator")
    expect(page.get_by_role("heading", name="Out of scope")).to_be_visible()
    assert_accessible(page)


def test_a_visitor_filters_the_partners_and_is_told_about_a_bad_filter(page: Page, site):  # noqa: F811
    page.goto(f"{site}/governance/partners/")
    expect(page.get_by_role("heading", name="Faces and Voices of Recovery")).to_be_visible()
    expect(page.get_by_text("Canadian Peer Support Alliance (demo)")).to_have_count(0)  # ended
    assert_accessible(page)

    page.get_by_label("LHIN region").select_option(label="North East")
    page.get_by_role("button", name="Show partners").click()
    expect(page.get_by_role("heading", name="Northern Wellness Coalition (demo)")).to_be_visible()
    expect(page.get_by_role("heading", name="Faces and Voices of Recovery")).to_be_visible()
    assert_accessible(page)

    response = page.goto(f"{site}/governance/partners/?kind=cult")
    assert response is not None
    assert response.status == 400
    expect(
        page.get_by_text("Please choose one of the kinds of partner listed.").first
    ).to_be_visible()
    assert_accessible(page)
