"""Training is found from every page, and a member's own training pages from their account."""

import pytest

from tests.factories import MembershipFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


def test_the_main_navigation_leads_to_the_catalogue(client):
    page = client.get("/").content.decode()

    assert 'href="/training/"' in page


def test_a_members_account_page_links_their_own_training_pages(client, full_member):
    MembershipFactory(person=full_member)

    page = sign_in(client, full_member).get("/members/account/").content.decode()

    for address in (
        "/training/my-sessions/",
        "/training/my-training/",
        "/training/self-assessment/",
        "/training/learning-plan/",
    ):
        assert f'href="{address}"' in page
