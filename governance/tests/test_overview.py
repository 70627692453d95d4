"""The governance overview: one page that leads to every part, for everyone."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_overview_links_every_part_of_governance(client):
    page = client.get("/governance/").content.decode()

    for address in (
        "/governance/about/",
        "/governance/documents/",
        "/governance/bodies/",
        "/governance/consultations/",
        "/governance/peer-roles/",
        "/governance/partners/",
        "/governance/honoraria/",
        "/governance/feedback/",
    ):
        assert f'href="{address}"' in page


def test_the_main_navigation_leads_to_governance_from_every_page(client):
    page = client.get("/").content.decode()

    assert 'href="/governance/"' in page


def test_the_overview_reads_nothing_from_the_database(assert_page_queries):
    assert_page_queries("/governance/", 2)  # the request's savepoint and its release only
