"""Reading and writing in the forums: posting, holding first posts, quoting, editing, deleting,
reactions, mutes, content warnings, read markers, the guidelines, and the queries each page
runs."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from guardian.shortcuts import assign_perm

from content.forums import signals
from content.forums.models import (
    ForumProfile,
    ModerationAction,
    Mute,
    Post,
    PostRevision,
    Reaction,
    ReadMarker,
    Thread,
)
from content.forums.selectors.access import viewer_for_user
from content.forums.services import threads as services
from content.forums.services.moderation import moderation_approve
from content.forums.tests.factories import CategoryFactory, PostFactory, ThreadFactory
from network import roles
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(make_person):
    person = make_person(roles.SUPPORTING_MEMBER, display_name="Willow")
    MembershipFactory(person=person, membership_type="supporting")
    ForumProfile.objects.create(person=person, guidelines_accepted_at=timezone.now())
    return person


@pytest.fixture
def other_member(make_person):
    person = make_person(roles.FULL_MEMBER, display_name="Jordan")
    MembershipFactory(person=person)
    ForumProfile.objects.create(
        person=person, guidelines_accepted_at=timezone.now(), approved_posts=3
    )
    return person


@pytest.fixture
def category(db):
    return CategoryFactory(slug="general", name="General peer support")


def _bulk_thread(category, count: int, author) -> Thread:
    """A thread of `count` visible posts by two people, written in one statement."""
    other = UserFactory(display_name="Second Peer")
    thread = Thread.objects.create(category=category, title="A long conversation", author=author)
    Post.objects.bulk_create(
        Post(
            thread=thread,
            number=number,
            author=author if number % 2 else other,
            body=f"Post {number}",
            body_html=f"<p>Post {number}</p>",
        )
        for number in range(1, count + 1)
    )
    Thread.objects.filter(pk=thread.pk).update(
        last_number=count, post_count=count, last_post_at=timezone.now()
    )
    thread.refresh_from_db()
    return thread


# --- Posting ------------------------------------------------------------------------------------


def test_a_member_starts_a_thread_and_readers_see_it(member, other_member, category, client_for):
    response = client_for(member).post(
        "/forums/general/new/",
        {"title": "First week back at work", "body": "It went **better** than I feared."},
    )

    thread = Thread.objects.get(title="First week back at work")
    assert response.status_code == 302
    assert response["Location"] == f"/forums/t/{thread.pk}/#post-1"
    page = client_for(other_member).get(f"/forums/t/{thread.pk}/").content.decode()
    assert "<strong>better</strong>" in page
    assert "Willow" in page


def test_script_and_javascript_links_in_a_post_are_neutralized(member, category, client_for):
    thread = ThreadFactory(category=category)
    client_for(member).post(
        f"/forums/t/{thread.pk}/reply/",
        {
            "body": "<script>alert(1)</script> [click](javascript:alert(2)) "
            "[data](data:text/html,hi) <img src=x onerror=alert(3)> [ok](https://example.org)"
        },
    )

    post = thread.posts.get(number=2)
    page = client_for(member).get(f"/forums/t/{thread.pk}/").content.decode()
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;" in post.body_html
    assert 'href="javascript:' not in post.body_html
    assert 'href="data:' not in post.body_html
    assert "<img" not in post.body_html
    assert 'href="https://example.org" rel="nofollow noopener noreferrer ugc"' in post.body_html


def test_a_one_megabyte_post_is_refused_with_the_limit_named(member, category, client_for):
    thread = ThreadFactory(category=category)

    response = client_for(member).post(f"/forums/t/{thread.pk}/reply/", {"body": "a" * 1_000_000})

    assert response.status_code == 400
    assert "A post can be at most 20,000 characters long; this one has 1,000,000" in (
        response.content.decode()
    )
    assert thread.posts.count() == 1


def test_a_locked_thread_takes_replies_from_its_moderators_only(
    member, forum_moderator, category, client_for
):
    thread = ThreadFactory(category=category, is_locked=True)
    assign_perm("forums.moderate_category", forum_moderator, category)
    ForumProfile.objects.create(person=forum_moderator, guidelines_accepted_at=timezone.now())

    refused = client_for(member).post(f"/forums/t/{thread.pk}/reply/", {"body": "Hello"})
    allowed = client_for(forum_moderator).post(
        f"/forums/t/{thread.pk}/reply/", {"body": "Closing this, thank you all."}
    )

    assert refused.status_code == 403
    assert "This thread is locked" in refused.content.decode()
    assert allowed.status_code == 302
    assert list(thread.posts.values_list("author", flat=True)) == [
        thread.author_id,
        forum_moderator.pk,
    ]


def test_a_first_post_waits_for_a_moderator_where_the_category_holds_them(
    make_person, other_member, client_for
):
    category = CategoryFactory(slug="held", hold_first_posts=True)
    newcomer = make_person(roles.SUPPORTING_MEMBER, display_name="Newcomer")
    ForumProfile.objects.create(person=newcomer, guidelines_accepted_at=timezone.now())
    thread = ThreadFactory(category=category)
    published = []
    signals.post_published.connect(
        receiver := lambda sender, post, **kw: published.append(post.pk), weak=False
    )
    try:
        response = client_for(newcomer).post(
            f"/forums/t/{thread.pk}/reply/", {"body": "Hi all, I am new here."}, follow=True
        )
        post = thread.posts.get(number=2)
        assert post.status == Post.Status.HELD
        assert "read by a moderator before others see them" in response.content.decode()
        assert "Only you and the moderators see this post" in response.content.decode()
        assert (
            "I am new here"
            not in client_for(other_member).get(f"/forums/t/{thread.pk}/").content.decode()
        )
        assert published == []

        assign_perm("forums.moderate_category", other_member, thread.category)
        moderation_approve(viewer=viewer_for_user(other_member), moderator=other_member, post=post)

        assert published == [post.pk]
        assert (
            "I am new here"
            in client_for(other_member).get(f"/forums/t/{thread.pk}/").content.decode()
        )
        assert ForumProfile.objects.get(person=newcomer).approved_posts == 1
        # Their next post needs no approval.
        client_for(newcomer).post(f"/forums/t/{thread.pk}/reply/", {"body": "Thanks!"})
        assert thread.posts.get(number=3).status == Post.Status.VISIBLE
    finally:
        signals.post_published.disconnect(receiver)


def test_a_visible_post_is_published_to_the_other_parts(member, category):
    thread = ThreadFactory(category=category)
    published = []
    signals.post_published.connect(
        receiver := lambda sender, post, **kw: published.append(post.number), weak=False
    )
    try:
        viewer = _viewer_for(member)
        services.post_reply(viewer=viewer, author=member, thread=thread, body="Hello")
    finally:
        signals.post_published.disconnect(receiver)

    assert published == [2]
    thread.refresh_from_db()
    assert (thread.last_number, thread.post_count) == (2, 2)


def _viewer_for(person):
    from django.test import RequestFactory

    from content.forums.selectors.access import viewer_of

    request = RequestFactory().get("/")
    request.user = person
    return viewer_of(request)


def test_posting_before_accepting_the_guidelines_keeps_the_text(make_person, category, client):
    from tests.plugin import sign_in

    person = make_person(roles.FULL_MEMBER, display_name="Fresh")
    sign_in(client, person)

    response = client.post(
        "/forums/general/new/", {"title": "Hello", "body": "My words, kept safe."}
    )
    assert response.status_code == 302
    assert response["Location"] == "/forums/guidelines/?next=/forums/general/new/"
    assert not Thread.objects.filter(title="Hello").exists()

    accepted = client.post("/forums/guidelines/", {"next": "/forums/general/new/"})
    assert accepted["Location"] == "/forums/general/new/"
    form = client.get("/forums/general/new/").content.decode()
    assert "My words, kept safe." in form
    assert 'value="Hello"' in form
    assert ForumProfile.objects.get(person=person).guidelines_accepted_at is not None


def test_posting_too_fast_is_refused_with_the_text_kept(member, category, client_for):
    thread = ThreadFactory(category=category)
    client = client_for(member)
    for number in range(10):
        client.post(f"/forums/t/{thread.pk}/reply/", {"body": f"Reply {number}"})

    response = client.post(f"/forums/t/{thread.pk}/reply/", {"body": "One more thought"})

    assert response.status_code == 429
    assert "One more thought" in response.content.decode()
    assert "Please wait a few minutes" in response.content.decode()
    assert thread.posts.count() == 11


# --- Quoting, editing, deleting ----------------------------------------------------------------


def test_a_reply_can_quote_a_post(member, other_member, category, client_for):
    thread = ThreadFactory(category=category, author=other_member)
    first = thread.posts.get()
    client = client_for(member)

    form = client.get(f"/forums/t/{thread.pk}/reply/?quote={first.pk}").content.decode()
    assert "&gt; **Jordan:**" in form
    response = client.post(
        f"/forums/t/{thread.pk}/reply/",
        {"body": f"> {first.body}\n\nSame here.", "quote_of": first.pk},
    )

    reply = thread.posts.get(number=2)
    assert response.status_code == 302
    assert reply.quote_of == first
    assert "<blockquote>" in reply.body_html


def test_quoting_a_deleted_post_is_refused_kindly(member, other_member, category, client_for):
    thread = ThreadFactory(category=category, author=other_member)
    first = thread.posts.get()
    services.post_delete(viewer=None, person=other_member, post=first)
    client = client_for(member)

    form = client.get(f"/forums/t/{thread.pk}/reply/?quote={first.pk}")
    posted = client.post(
        f"/forums/t/{thread.pk}/reply/", {"body": "Replying to it", "quote_of": first.pk}
    )

    assert form.status_code == 200
    assert "That post was deleted by its author, so it cannot be quoted." in form.content.decode()
    assert posted.status_code == 400
    assert "That post was deleted by its author" in posted.content.decode()
    assert "Replying to it" in posted.content.decode()


def test_editing_keeps_the_earlier_text_for_moderators(
    member, forum_moderator, category, client_for
):
    thread = ThreadFactory(category=category, author=member)
    post = thread.posts.get()
    assign_perm("forums.moderate_category", forum_moderator, category)

    client_for(member).post(f"/forums/p/{post.pk}/edit/", {"body": "Changed my mind."})
    post.refresh_from_db()
    assert post.body_html == "<p>Changed my mind.</p>"
    assert post.edited_at is not None
    assert PostRevision.objects.get(post=post).body.startswith("Post 1 of")
    assert not ModerationAction.objects.exists()  # their own edit is no moderation

    history = client_for(forum_moderator).get(f"/forums/p/{post.pk}/history/")
    assert "Post 1 of" in history.content.decode()
    assert client_for(member).get(f"/forums/p/{post.pk}/history/").status_code == 404


def test_a_moderator_editing_a_post_is_logged(member, forum_moderator, category, client_for):
    thread = ThreadFactory(category=category, author=member)
    post = thread.posts.get()
    assign_perm("forums.moderate_category", forum_moderator, category)

    response = client_for(forum_moderator).post(
        f"/forums/p/{post.pk}/edit/", {"body": "[private details removed by a moderator]"}
    )

    assert response.status_code == 302
    action = ModerationAction.objects.get()
    assert (action.kind, action.post, action.member, action.moderator) == (
        ModerationAction.Kind.EDIT,
        post,
        member,
        forum_moderator,
    )


def test_someone_else_cannot_edit_or_delete_a_post(member, other_member, category, client_for):
    post = ThreadFactory(category=category, author=member).posts.get()
    client = client_for(other_member)

    assert client.get(f"/forums/p/{post.pk}/edit/").status_code == 404
    assert client.post(f"/forums/p/{post.pk}/edit/", {"body": "x"}).status_code == 404
    assert client.post(f"/forums/p/{post.pk}/delete/").status_code == 404
    post.refresh_from_db()
    assert post.deleted_at is None


def test_permalinks_stay_put_after_a_post_is_deleted(member, other_member, category, client_for):
    thread = _bulk_thread(category, 45, member)
    third = thread.posts.get(number=3)
    last = thread.posts.get(number=45)
    client = client_for(member)

    confirm = client.get(f"/forums/p/{third.pk}/delete/")
    deleted = client.post(f"/forums/p/{third.pk}/delete/")

    assert confirm.status_code == 200
    assert deleted.status_code == 302
    third.refresh_from_db()
    assert (third.body, third.body_html, third.deleted_at is not None) == ("", "", True)
    page = client_for(other_member).get(f"/forums/t/{thread.pk}/").content.decode()
    assert 'id="post-3"' in page
    assert "This post was deleted by its author." in page
    permalink = client.get(f"/forums/p/{last.pk}/")
    assert permalink["Location"] == f"/forums/t/{thread.pk}/?page=3#post-45"
    assert 'id="post-45"' in client.get(f"/forums/t/{thread.pk}/?page=3").content.decode()
    assert client.get(f"/forums/t/{thread.pk}/?page=4").status_code == 404


# --- Reactions, mutes, warnings, former members -------------------------------------------------


def test_reactions_toggle_and_show_their_counts(member, other_member, category, client_for):
    post = ThreadFactory(category=category, author=other_member).posts.get()
    Reaction.objects.create(post=post, person=other_member, kind="hug")
    client = client_for(member)

    client.post(f"/forums/p/{post.pk}/react/", {"kind": "hug"})
    page = client.get(post.thread.get_absolute_url()).content.decode()
    assert 'value="hug" aria-pressed="true">Hug <span class="reactions__count">2</span>' in page

    client.post(f"/forums/p/{post.pk}/react/", {"kind": "hug"})
    assert Reaction.objects.filter(post=post).count() == 1
    refused = client.post(f"/forums/p/{post.pk}/react/", {"kind": "downvote"})
    assert refused.status_code == 400


def test_a_muted_members_posts_are_collapsed_for_the_muter_only(
    member, other_member, category, client_for
):
    thread = ThreadFactory(category=category, author=other_member)

    client_for(member).post(f"/forums/people/{other_member.pk}/mute/", {"next": "/forums/"})

    assert Mute.objects.filter(person=member, muted=other_member).exists()
    page = client_for(member).get(thread.get_absolute_url()).content.decode()
    assert "You muted Jordan: show this post" in page
    theirs = client_for(other_member).get(thread.get_absolute_url()).content.decode()
    assert "You muted" not in theirs


def test_a_content_warning_collapses_the_post_until_opened(
    member, other_member, category, client_for
):
    thread = ThreadFactory(category=category)
    client_for(member).post(
        f"/forums/t/{thread.pk}/reply/",
        {"body": "The anniversary was hard.", "content_warning": "grief"},
    )

    page = client_for(other_member).get(thread.get_absolute_url()).content.decode()
    assert (
        '<details class="post__warning"><summary>Content warning: Grief and loss. Open to '
        'read</summary><div class="prose post__body"><p>The anniversary was hard.</p>' in page
    )


def test_a_closed_accounts_posts_stay_under_former_member(
    member, other_member, category, client_for
):
    from members.services import account_close

    thread = ThreadFactory(category=category, author=member)
    account_close(user=member)

    page = client_for(other_member).get(thread.get_absolute_url()).content.decode()
    assert thread.posts.count() == 1
    assert "Former member" in page
    assert "Willow" not in page


# --- Read markers and queries ------------------------------------------------------------------


def test_reading_a_page_moves_the_marker_and_unread_threads_say_so(
    member, other_member, category, client_for
):
    thread = _bulk_thread(category, 30, other_member)
    client = client_for(member)

    assert "New</span>" in client.get("/forums/general/").content.decode()
    client.get(thread.get_absolute_url())
    assert ReadMarker.objects.get(person=member, thread=thread).last_read_number == 20
    listing = client.get("/forums/general/").content.decode()
    assert "Unread posts" in listing
    assert f"/forums/t/{thread.pk}/unread/" in listing
    assert client.get(f"/forums/t/{thread.pk}/unread/")["Location"] == (
        f"/forums/t/{thread.pk}/?page=2#post-21"
    )
    client.get(f"/forums/t/{thread.pk}/?page=2")
    client.get(thread.get_absolute_url())  # going back never moves the marker back
    assert ReadMarker.objects.get(person=member, thread=thread).last_read_number == 30
    assert "Unread posts" not in client.get("/forums/general/").content.decode()


@pytest.mark.parametrize("count", [10, 1000])
def test_the_thread_page_runs_six_queries_and_writes_one_upsert(
    count, member, other_member, category, client_for, django_assert_max_num_queries
):
    thread = _bulk_thread(category, count, other_member)
    Mute.objects.create(person=member, muted=other_member)
    for post in thread.posts.filter(number__lte=20):
        Reaction.objects.create(post=post, person=other_member, kind="support")
        Reaction.objects.create(post=post, person=member, kind="thanks")
    client = client_for(member)
    page = (count - 1) // 20 + 1

    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/forums/t/{thread.pk}/?page={page}")

    assert response.status_code == 200
    assert len(queries) <= 5, [q["sql"] for q in queries]  # the issue allows 6
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert len(writes) == 1
    assert "ON CONFLICT" in writes[0]
    assert not [q for q in queries if "SAVEPOINT" in q["sql"]]
    # Read again: already read, nothing is written.
    with django_assert_max_num_queries(4):
        client.get(f"/forums/t/{thread.pk}/?page={page}")


@pytest.mark.parametrize("count", [5, 50])
def test_the_category_and_index_pages_do_not_grow_with_the_threads(
    count, member, category, client_for, assert_page_queries
):
    for _ in range(count):
        thread = ThreadFactory(category=category)
        ReadMarker.objects.create(person=member, thread=thread, last_read_number=1)
        PostFactory(thread=thread)
    client_for(member)

    page = assert_page_queries("/forums/general/", 5)
    assert_page_queries("/forums/", 3)
    assert page.content.decode().count("Unread posts") == min(count, 25)


def test_suspension_over_lets_a_member_post_again(member, category, client_for):
    ForumProfile.objects.filter(person=member).update(
        posting_suspended_until=timezone.now() - timedelta(minutes=1)
    )
    thread = ThreadFactory(category=category)

    response = client_for(member).post(f"/forums/t/{thread.pk}/reply/", {"body": "Back."})

    assert response.status_code == 302
