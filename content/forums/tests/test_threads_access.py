"""Who may read and who may write each kind of forum category, person by person: a category one
may not read answers 404 (never 403), a category one may read but not write shows no "Start a
thread" and refuses the form with the reason."""

from datetime import timedelta

import pytest
from django.utils import timezone
from guardian.shortcuts import assign_perm

from content.forums.models import ForumProfile, Rule
from content.forums.tests.factories import CategoryFactory, ThreadFactory
from network import roles
from tests.factories import MembershipFactory
from tests.plugin import NORTH_EAST, TORONTO_CENTRAL

pytestmark = pytest.mark.django_db


def _lhin(number):
    from network.models import LHIN

    return LHIN.objects.get(number=number)


def _accepted(person):
    ForumProfile.objects.update_or_create(
        person=person, defaults={"guidelines_accepted_at": timezone.now()}
    )
    return person


@pytest.fixture
def categories(db):
    toronto = _lhin(TORONTO_CENTRAL)
    return {
        "members": CategoryFactory(slug="general"),
        "full": CategoryFactory(
            slug="peer-only", read_rule=Rule.FULL_MEMBERS, write_rule=Rule.FULL_MEMBERS
        ),
        "lhin": CategoryFactory(
            slug="toronto", read_rule=Rule.LHIN_MEMBERS, write_rule=Rule.LHIN_MEMBERS, lhin=toronto
        ),
        "governance": CategoryFactory(
            slug="board", read_rule=Rule.GOVERNANCE, write_rule=Rule.GOVERNANCE
        ),
        "read_all_write_full": CategoryFactory(
            slug="stories", read_rule=Rule.MEMBERS, write_rule=Rule.FULL_MEMBERS
        ),
        "other": CategoryFactory(slug="elsewhere"),
    }


@pytest.fixture
def people(make_person, categories, forum_moderator, governance_member, network_admin, settings):
    def member(role, lhin=TORONTO_CENTRAL, **membership):
        person = make_person(role)
        MembershipFactory(
            person=person,
            lhin=_lhin(lhin),
            membership_type="full" if role == roles.FULL_MEMBER else "supporting",
            **membership,
        )
        return _accepted(person)

    # Moderates the category under test only (granted in the test); a supporting member of
    # North East otherwise, so their grant is what lets them in.
    moderator_other = member(roles.SUPPORTING_MEMBER, lhin=NORTH_EAST)
    for category in categories.values():
        if category.slug != "elsewhere":
            continue
        assign_perm("forums.moderate_category", moderator_other, category)
    lapsed = _accepted(make_person())
    MembershipFactory(
        person=lapsed,
        status="lapsed",
        expires_at=timezone.now() - timedelta(days=3),
        joined_at=timezone.now() - timedelta(days=400),
    )
    suspended = member(roles.FULL_MEMBER)
    ForumProfile.objects.filter(person=suspended).update(
        posting_suspended_until=timezone.now() + timedelta(days=2)
    )
    MembershipFactory(person=governance_member, lhin=_lhin(NORTH_EAST))
    return {
        "supporting_toronto": member(roles.SUPPORTING_MEMBER),
        "full_toronto": member(roles.FULL_MEMBER),
        "supporting_north_east": member(roles.SUPPORTING_MEMBER, lhin=NORTH_EAST),
        "governance": _accepted(governance_member),
        "moderator_here": _accepted(forum_moderator),
        "moderator_other": moderator_other,
        "admin": _accepted(network_admin),
        "lapsed": lapsed,
        "suspended": suspended,
        "outsider": _accepted(make_person()),
    }


# (category, person) → (reads, writes)
EXPECTED = {
    "members": {
        "supporting_toronto": (True, True),
        "full_toronto": (True, True),
        "supporting_north_east": (True, True),
        "governance": (True, True),
        "moderator_here": (True, True),
        "moderator_other": (True, True),
        "admin": (True, True),
        "lapsed": (True, False),
        "suspended": (True, False),
        "outsider": (False, False),
    },
    "full": {
        "supporting_toronto": (False, False),
        "full_toronto": (True, True),
        "supporting_north_east": (False, False),
        "governance": (True, True),
        "moderator_here": (True, True),
        "moderator_other": (False, False),
        "admin": (True, True),
        "lapsed": (False, False),
        "suspended": (True, False),
        "outsider": (False, False),
    },
    "lhin": {
        "supporting_toronto": (True, True),
        "full_toronto": (True, True),
        "supporting_north_east": (False, False),
        "governance": (False, False),  # a governance member of North East
        "moderator_here": (True, True),  # by their grant
        "moderator_other": (False, False),
        "admin": (True, True),
        "lapsed": (False, False),
        "suspended": (True, False),
        "outsider": (False, False),
    },
    "governance": {
        "supporting_toronto": (False, False),
        "full_toronto": (False, False),
        "supporting_north_east": (False, False),
        "governance": (True, True),
        "moderator_here": (True, True),
        "moderator_other": (False, False),
        "admin": (True, True),
        "lapsed": (False, False),
        "suspended": (False, False),
        "outsider": (False, False),
    },
    "read_all_write_full": {
        "supporting_toronto": (True, False),
        "full_toronto": (True, True),
        "supporting_north_east": (True, False),
        "governance": (True, True),
        "moderator_here": (True, True),
        "moderator_other": (True, False),
        "admin": (True, True),
        "lapsed": (True, False),
        "suspended": (True, False),
        "outsider": (False, False),
    },
}
CASES = [(kind, who, *answer) for kind, row in EXPECTED.items() for who, answer in row.items()]


@pytest.mark.parametrize(("kind", "who", "reads", "writes"), CASES)
def test_each_category_rule_lets_in_exactly_the_people_it_names(
    kind, who, reads, writes, categories, people, client_for
):
    category = categories[kind]
    assign_perm("forums.moderate_category", people["moderator_here"], category)
    thread = ThreadFactory(category=category, posts=2)
    client = client_for(people[who])

    listing = client.get(f"/forums/{category.slug}/")
    page = client.get(f"/forums/t/{thread.pk}/")
    index = client.get("/forums/")
    new = client.get(f"/forums/{category.slug}/new/")

    assert listing.status_code == (200 if reads else 404)
    assert page.status_code == (200 if reads else 404)
    # Members never learn that a category they cannot read exists.
    assert (category.name in index.content.decode()) is reads
    if not reads:
        assert new.status_code == 404
        return
    assert new.status_code == (200 if writes else 403)
    assert ("Start a thread" in listing.content.decode()) is writes
    assert (f'action="/forums/t/{thread.pk}/reply/"' in page.content.decode()) is writes


def test_lapsed_members_read_nothing_when_the_setting_is_off(
    categories, people, client_for, settings
):
    settings.FORUMS_LAPSED_MEMBERS_READ = False
    thread = ThreadFactory(category=categories["members"])
    client = client_for(people["lapsed"])

    assert client.get("/forums/general/").status_code == 404
    assert client.get(f"/forums/t/{thread.pk}/").status_code == 404
    assert categories["members"].name not in client.get("/forums/").content.decode()


def test_a_suspended_member_is_told_why_they_cannot_post(categories, people, client_for):
    thread = ThreadFactory(category=categories["members"])
    client = client_for(people["suspended"])

    response = client.post(f"/forums/t/{thread.pk}/reply/", {"body": "Hello"})

    assert response.status_code == 403
    assert "Your posting is paused until" in response.content.decode()
    assert thread.posts.count() == 1


def test_a_lapsed_member_is_told_to_renew_to_post(categories, people, client_for):
    response = client_for(people["lapsed"]).get("/forums/general/new/")

    assert response.status_code == 403
    assert "Your membership has ended" in response.content.decode()


def test_the_signed_out_are_sent_to_sign_in_for_every_forum_page(categories, client):
    thread = ThreadFactory(category=categories["governance"])
    post = thread.posts.get()
    for url in (
        "/forums/",
        "/forums/board/",
        "/forums/no-such-category/",
        f"/forums/t/{thread.pk}/",
        f"/forums/p/{post.pk}/",
        "/forums/board/new/",
        "/forums/guidelines/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/"), url


def test_a_moderator_of_another_category_gets_404_for_its_moderator_pages(
    categories, people, client_for
):
    thread = ThreadFactory(category=categories["members"], posts=2)
    post = thread.posts.get(number=2)
    client = client_for(people["moderator_other"])

    assert client.get(f"/forums/p/{post.pk}/edit/").status_code == 404
    assert client.get(f"/forums/p/{post.pk}/history/").status_code == 404


def test_hidden_threads_are_listed_for_moderators_only(categories, people, client_for):
    category = categories["members"]
    assign_perm("forums.moderate_category", people["moderator_here"], category)
    thread = ThreadFactory(category=category, title="A thread a moderator hid", is_hidden=True)

    member = client_for(people["supporting_toronto"])
    assert "A thread a moderator hid" not in member.get("/forums/general/").content.decode()
    assert member.get(f"/forums/t/{thread.pk}/").status_code == 404
    moderator = client_for(people["moderator_here"])
    assert "A thread a moderator hid" in moderator.get("/forums/general/").content.decode()
    assert moderator.get(f"/forums/t/{thread.pk}/").status_code == 200
