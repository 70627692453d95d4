"""Forum posts in the site search: found only by those who may read their category, only when
readers see them, titled by their thread and number, linked to their permalink, in a fixed
number of queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from guardian.shortcuts import assign_perm

from content.forums.models import Mute, Post, Rule
from content.forums.models.threads import ContentWarning
from content.selectors import search as site_search
from network import roles
from network.search import bilingual_query
from tests.factories import MembershipFactory
from tests.plugin import sign_in

from .factories import CategoryFactory, PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db

SEARCH = "/search/"


def _results(response):
    page = response.context["page"]
    return [] if page is None else list(page.object_list)


def _titles(response) -> list[str]:
    return sorted(result.title for result in _results(response))


@pytest.fixture
def categories(lhin_toronto):
    """One category per reading rule, each with one thread whose post says "lantern"."""
    made = {}
    for rule in Rule:
        category = CategoryFactory(
            read_rule=rule,
            write_rule=rule,
            lhin=lhin_toronto if rule == Rule.LHIN_MEMBERS else None,
        )
        thread = ThreadFactory(category=category, title=f"About {rule.value}", posts=0)
        PostFactory(thread=thread, body=f"A lantern for the {rule.value} space.")
        made[rule] = category
    return made


def _member_of(lhin, make_person, role=roles.SUPPORTING_MEMBER):
    person = make_person(role)
    MembershipFactory(person=person, lhin=lhin, membership_type="supporting")
    return person


def _lapsed(make_person, lhin):
    person = make_person()
    MembershipFactory(
        person=person,
        lhin=lhin,
        status="lapsed",
        expires_at=timezone.now() - timedelta(days=3),
    )
    return person


PEER = {"About members #1", "About full_members #1"}
ALL = {*PEER, "About lhin_members #1", "About governance #1"}


@pytest.mark.parametrize(
    ("viewer", "found"),
    [
        ("anonymous", set()),
        ("outsider", set()),
        ("content_editor", set()),
        ("treasurer", set()),
        ("supporting_member", {"About members #1"}),
        ("full_member", PEER),
        ("governance_member", {*PEER, "About governance #1"}),
        ("network_admin", ALL),
        ("member_of_toronto", {"About members #1", "About lhin_members #1"}),
        ("member_of_north_east", {"About members #1"}),
        ("full_member_of_toronto", ALL - {"About governance #1"}),
        ("lapsed_member", {"About members #1"}),
        ("moderator_of_governance", {*PEER, "About governance #1"}),
    ],
)
def test_each_reader_finds_only_the_posts_of_the_categories_they_may_read(
    client, request, categories, make_person, lhin_toronto, lhin_north_east, viewer, found
):
    people = {
        "member_of_toronto": lambda: _member_of(lhin_toronto, make_person),
        "member_of_north_east": lambda: _member_of(lhin_north_east, make_person),
        "full_member_of_toronto": lambda: _member_of(lhin_toronto, make_person, roles.FULL_MEMBER),
        "lapsed_member": lambda: _lapsed(make_person, lhin_toronto),
    }
    if viewer == "moderator_of_governance":
        person = request.getfixturevalue("forum_moderator")
        assign_perm("forums.moderate_category", person, categories[Rule.GOVERNANCE])
    elif viewer in people:
        person = people[viewer]()
    else:
        person = request.getfixturevalue(viewer)
    sign_in(client, person)

    response = client.get(SEARCH, {"q": "lantern"})

    assert response.status_code == 200
    assert set(_titles(response)) == found
    page = response.content.decode()
    for title in ALL - found:
        assert title not in page
    if not found:
        assert "Forum posts (" not in page  # not even a count of what they may not read


def test_a_lapsed_member_finds_nothing_when_lapsed_members_read_nothing(
    client, settings, categories, make_person, lhin_toronto
):
    settings.FORUMS_LAPSED_MEMBERS_READ = False
    sign_in(client, _lapsed(make_person, lhin_toronto))

    assert _titles(client.get(SEARCH, {"q": "lantern"})) == []


def test_a_moderator_of_one_category_does_not_find_another_peer_only_category(
    client, categories, make_person
):
    moderator = make_person(roles.SUPPORTING_MEMBER, roles.FORUM_MODERATOR)
    assign_perm("forums.moderate_category", moderator, categories[Rule.LHIN_MEMBERS])
    sign_in(client, moderator)

    titles = _titles(client.get(SEARCH, {"q": "lantern"}))

    assert titles == ["About lhin_members #1", "About members #1"]


def test_held_hidden_and_deleted_posts_and_hidden_threads_are_never_found(
    client, network_admin, full_member
):
    category = CategoryFactory()
    thread = ThreadFactory(category=category, title="Open thread", posts=0)
    PostFactory(thread=thread, body="A lantern anyone here may read.")
    PostFactory(thread=thread, body="A held lantern.", status=Post.Status.HELD)
    PostFactory(thread=thread, body="A hidden lantern.", status=Post.Status.HIDDEN)
    PostFactory(thread=thread, body="A deleted lantern.", deleted_at=timezone.now())
    hidden = ThreadFactory(category=category, title="Hidden thread", posts=0, is_hidden=True)
    PostFactory(thread=hidden, body="A lantern in a hidden thread.")

    for person in (full_member, network_admin):
        sign_in(client, person)
        response = client.get(SEARCH, {"q": "lantern"})
        assert _titles(response) == ["Open thread #1"], person
        page = response.content.decode()
        for words in ("held lantern", "hidden lantern", "deleted lantern", "Hidden thread"):
            assert words not in page


def test_a_result_is_titled_by_its_thread_and_number_and_links_to_the_post_permalink(
    client, full_member
):
    thread = ThreadFactory(title="Finding a sponsor", posts=24)
    post = PostFactory(thread=thread, body="I found my lantern at a peer meeting.")
    sign_in(client, full_member)

    response = client.get(SEARCH, {"q": "lantern"})

    [result] = _results(response)
    assert result.title == "Finding a sponsor #25"
    assert result.url == post.get_absolute_url()
    assert result.url.endswith("?page=2#post-25")
    assert result.kind_label == "Forum post"
    assert "<mark>lantern</mark>" in result.excerpt
    page = response.content.decode()
    assert f'<a href="{result.url.replace("&", "&amp;")}">Finding a sponsor #25</a>' in page
    assert '<a href="?q=lantern&amp;kind=forum">Forum posts (1)</a>' in page
    # Authors are never shown in the results: a post is found by what it says, not who said it.
    assert post.author.display_name not in page


def test_narrowing_to_forum_posts_lists_only_them(client, full_member):
    from content.tests.factories import PageFactory

    PageFactory(title="Lantern page")
    PostFactory(thread=ThreadFactory(title="Lantern talk", posts=0), body="More lantern talk.")
    sign_in(client, full_member)

    response = client.get(SEARCH, {"q": "lantern", "kind": "forum"})

    assert [r.kind for r in _results(response)] == ["forum"]
    assert response.context["total"] == 2  # the page is counted, not listed
    assert '<option value="forum" selected>Forum posts</option>' in response.content.decode()


def test_script_in_a_post_never_reaches_the_results_as_markup(client, full_member):
    thread = ThreadFactory(title="Odd post", posts=0)
    PostFactory(thread=thread, body='<script>alert("x")</script> lantern <b>bold</b>')
    sign_in(client, full_member)

    response = client.get(SEARCH, {"q": "lantern"})

    [result] = _results(response)
    assert result.excerpt == "<mark>lantern</mark> bold"  # tags are not words: left out
    assert "<script>alert" not in response.content.decode()
    assert "<b>bold" not in response.content.decode()


def test_a_post_with_a_content_warning_is_listed_without_its_text(client, full_member):
    thread = ThreadFactory(title="Hard week", posts=0)
    PostFactory(
        thread=thread,
        body="The lantern went out and I used again.",
        content_warning=ContentWarning.RELAPSE,
    )
    sign_in(client, full_member)

    response = client.get(SEARCH, {"q": "lantern"})

    [result] = _results(response)
    assert result.excerpt == ""
    assert result.note == "Content warning: Relapse"
    assert "used again" not in response.content.decode()


def test_a_post_by_a_muted_member_is_listed_without_its_text(client, full_member):
    thread = ThreadFactory(title="Loud thread", posts=0)
    post = PostFactory(thread=thread, body="My lantern opinions, at length.")
    Mute.objects.create(person=full_member, muted=post.author)
    sign_in(client, full_member)

    [result] = _results(client.get(SEARCH, {"q": "lantern"}))

    assert result.excerpt == ""
    assert result.note == "From a member you muted"


def test_french_posts_are_found_by_french_words_and_marked_for_a_french_reader(client, full_member):
    thread = ThreadFactory(title="Entraide", posts=0)
    PostFactory(thread=thread, body="Les rencontres de pairs aidants m'ont beaucoup aidée.")
    sign_in(client, full_member)
    client.cookies["django_language"] = "fr"

    response = client.get(SEARCH, {"q": "rencontre"})

    [result] = _results(response)
    assert result.title == "Entraide #1"
    assert "<mark>rencontres</mark>" in result.excerpt


def test_the_forum_source_searches_the_expression_its_full_text_index_is_built_on():
    source = site_search.SOURCES["forum"]
    matching = Post.objects.annotate(search=source.vector()).filter(
        search=bilingual_query("lantern")
    )
    sql, params = matching.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "forum_post_search" in plan, plan


# The request's transaction (2), the person and their roles (2); the reader as the forums see
# them (1); the counts of each kind (1); the ranked page (1); the page's forum posts (1).
SIGNED_IN_SEARCH_QUERIES = 8


def _lantern_threads(categories_list, n: int) -> None:
    for category in categories_list:
        for i in range(n):
            thread = ThreadFactory(category=category, title=f"Lantern {i}", posts=0)
            PostFactory(thread=thread, body=f"Lantern number {i}, with a lantern.")


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_site_search_runs_the_same_queries_for_ten_posts_or_ninety(
    client, categories, lhin_toronto, make_person, assert_page_queries
):
    reader = _member_of(lhin_toronto, make_person, roles.FULL_MEMBER)
    sign_in(client, reader)
    readable = [categories[Rule.MEMBERS], categories[Rule.FULL_MEMBERS]]
    _lantern_threads(readable, 5)
    url = f"{SEARCH}?q=lantern"
    few = _queries(client, url)
    few_forum = _queries(client, url + "&kind=forum")
    _lantern_threads([*readable, categories[Rule.LHIN_MEMBERS]], 15)

    response = assert_page_queries(url, few)
    assert response.context["total"] == 3 + 2 * 5 + 3 * 15
    assert len(_results(response)) == 10
    assert _queries(client, url + "&kind=forum") == few_forum
    assert few == SIGNED_IN_SEARCH_QUERIES, few


def test_signed_out_people_never_see_forum_results_at_no_extra_query(client, categories):
    response = client.get(SEARCH, {"q": "lantern"})

    assert _results(response) == []
    assert response.context["counts"] == []
    assert "Forum posts (" not in response.content.decode()
