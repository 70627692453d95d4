"""Being a member: who may open member pages, the member home, renewing and changing LHIN."""

from datetime import UTC, datetime, timedelta

import pytest
from django.http import HttpResponse
from django.urls import path
from django.utils import timezone

from members.decorators import full_member_required, member_required
from members.models import Membership
from network import roles
from network.models import AuditEntry
from network.selectors import coordinators_of
from network.services import role_grant
from network.urls import urlpatterns as site_urlpatterns
from tests.factories import MembershipApplicationFactory, MembershipFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


# --- The decorators, on views of a test-only URLconf ---------------------------------------------


@member_required
def members_only(request):
    return HttpResponse(f"Hello member in {request.membership.lhin.number}")


@full_member_required
def peers_only(request):
    return HttpResponse("A peer-only space")


# The site's own routes stay, so the layout and the redirects resolve.
urlpatterns = [
    path("test/members-only/", members_only),
    path("test/peers-only/", peers_only),
    *site_urlpatterns,
]
with_test_urls = pytest.mark.urls(__name__)


def membership(person, *, expires_in=timedelta(days=200), **kwargs) -> Membership:
    return MembershipFactory(person=person, expires_at=timezone.now() + expires_in, **kwargs)


@with_test_urls
def test_member_pages_ask_a_signed_out_visitor_to_sign_in(client):
    for url in ("/test/members-only/", "/test/peers-only/"):
        response = client.get(url)

        assert response.status_code == 302
        assert response["Location"] == f"/accounts/login/?next={url}"


@with_test_urls
def test_a_person_without_a_membership_is_invited_to_apply(client, outsider, full_member):
    for person in (outsider, full_member):  # a role alone is not a membership
        sign_in(client, person)

        response = client.get("/test/members-only/", follow=True)

        assert response.redirect_chain == [("/members/apply/", 302)]
        assert "These pages are for members of the network" in response.content.decode()


@with_test_urls
@pytest.mark.parametrize(
    "lapse",
    [
        {"status": "lapsed", "expires_in": timedelta(days=-3)},
        {"expires_in": timedelta(hours=-1)},  # expired, not yet lapsed by the nightly task
    ],
)
def test_a_lapsed_or_expired_membership_gets_the_renewal_page_with_403(client, outsider, lapse):
    membership(outsider, **lapse)
    sign_in(client, outsider)

    response = client.get("/test/members-only/")

    assert response.status_code == 403
    page = response.content.decode()
    assert "Your membership has lapsed" in page
    assert 'action="/members/renew/"' in page
    assert "Renew for a year" in page


@with_test_urls
def test_an_active_member_reaches_the_member_page(client, outsider, lhin_north_east):
    membership(outsider, lhin=lhin_north_east, membership_type="supporting")
    sign_in(client, outsider)

    response = client.get("/test/members-only/")

    assert response.status_code == 200
    assert response.content == b"Hello member in 13"


@with_test_urls
@pytest.mark.parametrize(
    ("kind", "status"),
    [
        (None, 404),
        ({"membership_type": "supporting"}, 404),
        ({"membership_type": "full", "status": "lapsed", "expires_in": timedelta(-1)}, 404),
        ({"membership_type": "full", "expires_in": timedelta(hours=-1)}, 404),
        ({"membership_type": "full"}, 200),
    ],
)
def test_peer_only_spaces_are_for_active_full_members_and_do_not_exist_for_others(
    client, outsider, kind, status
):
    if kind is not None:
        membership(outsider, **kind)
    sign_in(client, outsider)

    assert client.get("/test/peers-only/").status_code == status


# --- The member home -----------------------------------------------------------------------------


def test_the_member_home_welcomes_the_member_with_their_membership(
    client, outsider, lhin_north_east, assert_page_queries
):
    # Two in the morning in UTC is still the evening before in Toronto.
    membership(outsider, lhin=lhin_north_east, expires_in=timedelta(0)).__class__.objects.filter(
        person=outsider
    ).update(expires_at=datetime(2099, 1, 1, 2, 0, tzinfo=UTC))
    sign_in(client, outsider)

    # transaction (2), the person, their roles, the membership and its LHIN, the LHINs
    page = assert_page_queries("/members/", 6).content.decode()

    assert "Welcome, Outsider" in page
    assert "Full member" in page
    assert "North East" in page
    assert "Dec. 31, 2098" in page
    assert "Your membership ends on" not in page
    assert 'href="/members/account/"' in page
    assert 'action="/members/lhin/"' in page


def test_the_member_home_offers_renewal_in_the_last_thirty_days(client, outsider):
    membership(outsider, expires_in=timedelta(days=20))
    sign_in(client, outsider)

    page = client.get("/members/").content.decode()

    assert "Your membership ends on" in page
    assert 'href="/members/renew/"' in page


def test_the_member_home_is_the_lapsed_page_for_a_lapsed_member(client, outsider):
    membership(outsider, status="lapsed", expires_in=timedelta(days=-10))
    sign_in(client, outsider)

    response = client.get("/members/")

    assert response.status_code == 403
    assert "Your membership has lapsed" in response.content.decode()


# --- Renewing ----------------------------------------------------------------------------------


def test_the_renewal_page_shows_the_membership_and_what_renewing_does(
    client, outsider, lhin_toronto, assert_page_queries
):
    membership(outsider, expires_in=timedelta(days=20), membership_type="supporting")
    sign_in(client, outsider)

    # transaction (2), the person, their roles, the membership and its LHIN
    page = assert_page_queries("/members/renew/", 5).content.decode()

    assert "Supporting member" in page
    assert "Toronto Central" in page
    assert "Member until" in page
    assert "Renew for a year" in page


def test_renewing_adds_a_year_and_returns_to_the_account_page(
    client, outsider, django_capture_on_commit_callbacks
):
    current = membership(outsider, expires_in=timedelta(days=20))
    sign_in(client, outsider)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/members/renew/", follow=True)

    assert response.redirect_chain == [("/members/account/", 302)]
    assert "your membership is renewed until" in response.content.decode()
    renewed = Membership.objects.get(pk=current.pk)
    assert renewed.expires_at - current.expires_at == timedelta(days=365)
    assert AuditEntry.objects.filter(action="membership.renew", actor=outsider).exists()


def test_a_lapsed_member_renews_from_the_lapsed_page_in_one_step(client, outsider):
    membership(outsider, status="lapsed", expires_in=timedelta(days=-40))
    sign_in(client, outsider)
    lapsed_page = client.get("/members/").content.decode()
    assert 'action="/members/renew/"' in lapsed_page

    client.post("/members/renew/")

    renewed = Membership.objects.get(person=outsider)
    assert renewed.status == "active"
    assert (renewed.expires_at - timezone.now()).days in (364, 365)
    person = type(outsider).objects.get(pk=outsider.pk)
    assert roles.has_role(person, roles.FULL_MEMBER)
    assert client.get("/members/").status_code == 200


def test_renewing_without_a_membership_leads_to_the_application(client, outsider):
    sign_in(client, outsider)

    for method in (client.get, client.post):
        response = method("/members/renew/")

        assert response.status_code == 302
        assert response["Location"] == "/members/apply/"
    assert not Membership.objects.exists()


# --- Changing LHIN -----------------------------------------------------------------------------


def test_a_member_moves_to_another_lhin_and_its_coordinators_become_theirs(
    client, outsider, lhin_toronto, lhin_north_east, coordinator_other
):
    membership(outsider, lhin=lhin_toronto)
    sign_in(client, outsider)

    response = client.post("/members/lhin/", {"lhin": str(lhin_north_east.pk)}, follow=True)

    assert response.redirect_chain == [("/members/", 302)]
    page = response.content.decode()
    assert "You are now a member in North East" in page
    assert "Its coordinators are your coordinators" in page
    moved = Membership.objects.get(person=outsider)
    assert moved.lhin == lhin_north_east
    assert list(coordinators_of(moved.lhin)) == [coordinator_other]
    entry = AuditEntry.objects.get(action="membership.change_lhin")
    assert entry.data == {"previous": 7, "new": 13}


def test_choosing_the_same_lhin_changes_nothing(client, outsider, lhin_toronto):
    membership(outsider, lhin=lhin_toronto)
    sign_in(client, outsider)

    response = client.post("/members/lhin/", {"lhin": str(lhin_toronto.pk)}, follow=True)

    assert "nothing changed" in response.content.decode()
    assert not AuditEntry.objects.filter(action="membership.change_lhin").exists()


def test_an_unknown_lhin_is_refused_with_a_message_on_the_field(
    client, outsider, lhin_toronto, assert_page_queries
):
    membership(outsider, lhin=lhin_toronto)
    sign_in(client, outsider)
    assert_page_queries("/members/lhin/", 6)

    response = client.post("/members/lhin/", {"lhin": "99999"})

    assert response.status_code == 400
    assert "one of the 14 LHIN regions" in response.content.decode()
    assert Membership.objects.get(person=outsider).lhin == lhin_toronto


def test_only_an_active_member_changes_lhin(client, outsider, lhin_north_east):
    sign_in(client, outsider)
    assert client.post("/members/lhin/", {"lhin": str(lhin_north_east.pk)}).status_code == 302

    membership(outsider, status="lapsed", expires_in=timedelta(days=-1))
    response = client.post("/members/lhin/", {"lhin": str(lhin_north_east.pk)})

    assert response.status_code == 403
    assert Membership.objects.get(person=outsider).lhin.number == 7


# --- The account page's membership section -------------------------------------------------------


def test_the_account_page_says_how_to_join_to_a_person_who_has_not_applied(client, outsider):
    sign_in(client, outsider)

    page = client.get("/members/account/").content.decode()

    assert "You are not a member of the network yet" in page
    assert 'href="/members/apply/"' in page


def test_the_account_page_shows_the_application_in_progress(client, outsider):
    MembershipApplicationFactory(applicant=outsider, status="declined")
    MembershipApplicationFactory(applicant=outsider, status="submitted")
    sign_in(client, outsider)

    page = client.get("/members/account/").content.decode()

    assert "Waiting for review" in page
    assert 'href="/members/application/"' in page


def test_the_account_page_shows_the_membership_with_its_links_in_the_same_queries(
    client, outsider, assert_page_queries
):
    membership(outsider)
    role_grant(user=outsider, role=roles.FULL_MEMBER)
    sign_in(client, outsider)

    # transaction (2), the person, their editable copy with membership and application, roles
    page = assert_page_queries("/members/account/", 5).content.decode()

    assert "Toronto Central" in page
    assert 'href="/members/"' in page
    assert 'href="/members/renew/"' in page
