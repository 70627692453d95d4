"""The members' directory: members who chose to be listed, found only by what they show to
members, a page at a time."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from members import services
from members.models import Membership, Profile, Visibility
from members.selectors import directory_profiles
from tests.factories import MembershipFactory, ProfileFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

DIRECTORY = "/members/directory/"
SHOWN = Visibility.MEMBERS


def listed(name: str, *, lhin=None, membership: dict | None = None, **profile) -> Membership:
    """An active member listed in the directory, showing their name, LHIN, languages and
    interests to members unless told otherwise."""
    membership = MembershipFactory(
        person__display_name=name, **({"lhin": lhin} if lhin else {}), **(membership or {})
    )
    values = {
        "in_directory": True,
        "display_name_visibility": SHOWN,
        "lhin_visibility": SHOWN,
        "languages_visibility": SHOWN,
        "interests_visibility": SHOWN,
        **profile,
    }
    ProfileFactory(person=membership.person, **values)
    return membership


def names_on(page: str) -> list[str]:
    return re.findall(r'<h3 class="member-card__name"><a href="[^"]+">([^<]+)</a></h3>', page)


@pytest.fixture
def viewer(client, full_member):
    MembershipFactory(person=full_member)
    sign_in(client, full_member)
    return full_member


def test_only_active_members_who_chose_to_be_listed_appear(client, viewer):
    listed("Listed Lark")
    listed("Lapsed Lynx", membership={"status": "lapsed"})
    listed("Expired Elm", membership={"expires_at": timezone.now() - timedelta(hours=1)})
    listed("Unlisted Owl", in_directory=False)
    closed = listed("Closed Crane")
    services.account_close(user=closed.person)

    page = client.get(DIRECTORY).content.decode()

    assert names_on(page) == ["Listed Lark"]
    assert "1 member found" in page


def test_a_card_shows_only_what_the_member_shows_to_members(client, viewer, lhin_north_east):
    listed(
        "Careful Cedar",
        lhin=lhin_north_east,
        pronouns="they/them",
        pronouns_visibility=Visibility.COORDINATORS,
        bio="Never in the directory",
        bio_visibility=Visibility.PUBLIC,
        languages=["fr"],
        interests=["advocate"],
        interests_visibility=Visibility.ONLY_ME,
    )

    page = client.get(DIRECTORY).content.decode()

    assert "Careful Cedar" in page
    assert "North East" in page
    assert "French" in page
    assert "they/them" not in page
    assert "Peer advocate</dd>" not in page
    assert "Never in the directory" not in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"lhin": "north_east"}, ["Northern Birch"]),
        ({"language": "fr"}, ["Francophone Fern"]),
        ({"interest": "navigator"}, ["Navigator Nell"]),
        ({"name": "  fern "}, ["Francophone Fern"]),
        ({"language": "fr", "interest": "navigator"}, []),
    ],
)
def test_filters_find_members_only_by_what_they_show_to_members(
    client, viewer, lhin_north_east, query, expected
):
    listed("Northern Birch", lhin=lhin_north_east)
    listed("Hidden North", lhin=lhin_north_east, lhin_visibility=Visibility.COORDINATORS)
    listed("Francophone Fern", languages=["fr", "en"])
    listed("Secret French", languages=["fr"], languages_visibility=Visibility.ONLY_ME)
    listed("Navigator Nell", interests=["navigator"])
    listed("Quiet Navigator", interests=["navigator"], interests_visibility=Visibility.ONLY_ME)
    if query.get("lhin"):
        query = {**query, "lhin": str(lhin_north_east.pk)}

    response = client.get(DIRECTORY, query)

    assert response.status_code == 200
    assert names_on(response.content.decode()) == expected


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"lhin": "999999"}, "lhin", "Please choose one of the 14 LHIN regions listed."),
        ({"lhin": "seven"}, "lhin", "Please choose one of the 14 LHIN regions listed."),
        ({"language": "xx"}, "language", "Please choose one of the languages listed."),
        ({"interest": "boss"}, "interest", "Please choose one of the peer roles listed."),
        ({"name": "n" * 41}, "name", "at most 40 characters"),
    ],
)
def test_a_bad_filter_is_answered_with_400_and_a_message_at_its_field(
    client, viewer, query, field, message
):
    listed("Anyone Here")

    response = client.get(DIRECTORY, {**query, "name": query.get("name", "Any")})

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert f'id="id_{field}_error"' in page
    assert names_on(page) == []


def test_the_directory_is_paginated_in_name_order_keeping_the_filters(client, viewer):
    for number in range(30):
        listed(f"Peer {number:02d}", languages=["fr"])
    listed("Not French")

    first = client.get(DIRECTORY, {"language": "fr"}).content.decode()
    second = client.get(DIRECTORY, {"language": "fr", "page": "2"}).content.decode()

    assert names_on(first) == [f"Peer {number:02d}" for number in range(24)]
    assert names_on(second) == [f"Peer {number:02d}" for number in range(24, 30)]
    assert "30 members found" in first
    assert "Page 1 of 2" in first
    assert 'href="?language=fr&amp;page=2"' in first
    assert client.get(DIRECTORY, {"page": "abc"}).status_code == 200


def test_the_directory_is_for_active_members_only(client, outsider, full_member):
    assert client.get(DIRECTORY)["Location"].startswith("/accounts/login/")
    sign_in(client, outsider)
    assert client.get(DIRECTORY)["Location"] == "/members/apply/"
    MembershipFactory(person=full_member, status="lapsed")
    sign_in(client, full_member)
    assert client.get(DIRECTORY).status_code == 403


def test_the_directory_runs_the_same_queries_for_3_or_40_members(
    client, viewer, assert_page_queries
):
    for number in range(3):
        listed(f"First {number}", languages=["en", "fr"], interests=["educator", "advisor"])
    assert_page_queries(DIRECTORY, 8)
    for number in range(37):
        listed(f"Later {number}", languages=["oj"], interests=["navigator"])
    assert_page_queries(DIRECTORY, 8)
    assert_page_queries(f"{DIRECTORY}?language=oj&page=2", 8)


def test_the_demo_data_lists_members_of_several_lhins_and_keeps_some_private(settings):
    from network.demo import seed_demo

    settings.DEBUG = True
    seed_demo()
    seed_demo()  # idempotent

    listed_profiles = directory_profiles()
    assert listed_profiles.count() >= 30
    assert len({p.person.membership.lhin_id for p in listed_profiles}) >= 10
    assert listed_profiles.filter(person__email="full.member@example.org").exists()
    assert Profile.objects.filter(in_directory=False, person__membership__status="active").exists()
    assert directory_profiles(language="fr").exists()
