"""A member closes their account: what they wrote in the forums stays, under "former member",
still found by the search; everything else of theirs in the forums is erased."""

import pytest
from django.utils import timezone

from content.forums.models import (
    ForumProfile,
    ModerationAction,
    Mute,
    Notification,
    Post,
    PostRevision,
    Reaction,
    ReadMarker,
    Report,
    Subscription,
    Thread,
)
from members.services import account_close
from network import roles
from tests.plugin import sign_in

from .factories import CategoryFactory, PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def leaving(make_person):
    return make_person(roles.FULL_MEMBER, display_name="Leaving Lark", email="lark@example.net")


@pytest.fixture
def forum_life(leaving, make_person):
    """The leaving member's forum life, and another member's beside it."""
    other = make_person(roles.FULL_MEMBER, display_name="Staying Wren")
    category = CategoryFactory()
    own = ThreadFactory(category=category, author=leaving, title="My lantern story", posts=1)
    theirs = ThreadFactory(category=category, author=other, title="Another story", posts=1)
    reply = PostFactory(thread=theirs, author=leaving, body="A lantern reply of mine.")
    answer = PostFactory(thread=own, author=other, body="Thank you for sharing.")
    PostRevision.objects.create(post=reply, body="My first words.", edited_by=leaving)
    ForumProfile.objects.create(person=leaving, guidelines_accepted_at=timezone.now())
    ForumProfile.objects.create(person=other, guidelines_accepted_at=timezone.now())
    Subscription.objects.create(person=leaving, thread=theirs)
    Subscription.objects.create(person=leaving, category=category)
    Subscription.objects.create(person=other, thread=own)
    Notification.objects.create(person=leaving, post=answer, kind=Notification.Kind.REPLY)
    Notification.objects.create(person=other, post=reply, kind=Notification.Kind.REPLY)
    Mute.objects.create(person=leaving, muted=other)
    Mute.objects.create(person=other, muted=leaving)
    ReadMarker.objects.create(person=leaving, thread=theirs, last_read_number=2)
    ReadMarker.objects.create(person=other, thread=own, last_read_number=2)
    Reaction.objects.create(person=leaving, post=answer, kind=Reaction.Kind.THANKS)
    Reaction.objects.create(person=other, post=reply, kind=Reaction.Kind.HUG)
    report = Report.objects.create(
        post=answer, reporter=leaving, reason=Report.Reason.OTHER, note="Please look."
    )
    Report.objects.create(post=reply, reporter=other, reason=Report.Reason.SPAM)
    ModerationAction.objects.create(
        category=category, kind=ModerationAction.Kind.WARN, member=leaving, post=reply
    )
    return {"other": other, "own": own, "reply": reply, "report": report}


def test_their_threads_and_posts_stay_without_an_author(leaving, forum_life):
    account_close(user=leaving)

    own = Thread.objects.get(pk=forum_life["own"].pk)
    assert own.author is None
    assert own.title == "My lantern story"
    reply = Post.objects.get(pk=forum_life["reply"].pk)
    assert reply.author is None
    assert reply.body == "A lantern reply of mine."
    assert not Post.objects.filter(author=leaving).exists()
    assert not Thread.objects.filter(author=leaving).exists()
    # Edits and the moderation log no longer tie those posts to the closed account.
    assert PostRevision.objects.get(post=reply).edited_by is None
    assert ModerationAction.objects.get(post=reply).member is None
    # Everyone else's posts keep their authors.
    assert Post.objects.filter(author=forum_life["other"]).count() == 2


def test_their_forum_settings_watches_notifications_mutes_markers_and_reactions_are_erased(
    leaving, forum_life
):
    other = forum_life["other"]

    account_close(user=leaving)

    for model, field in [
        (ForumProfile, "person"),
        (Subscription, "person"),
        (Notification, "person"),
        (Mute, "person"),
        (Mute, "muted"),
        (ReadMarker, "person"),
        (Reaction, "person"),
    ]:
        assert not model.objects.filter(**{field: leaving}).exists(), (model, field)
    # The other member's own rows stay (the mute of the leaving member aside: it is pointless).
    assert ForumProfile.objects.filter(person=other).exists()
    assert Subscription.objects.filter(person=other).count() == 1
    assert Notification.objects.filter(person=other).count() == 1
    assert ReadMarker.objects.filter(person=other).count() == 1
    assert Reaction.objects.filter(person=other).count() == 1


def test_reports_they_made_stay_for_the_moderators_with_no_reporter(leaving, forum_life):
    account_close(user=leaving)

    report = Report.objects.get(pk=forum_life["report"].pk)
    assert report.reporter is None
    assert (report.reason, report.note, report.status) == ("other", "Please look.", "open")
    assert Report.objects.filter(reporter=forum_life["other"]).count() == 1


def test_their_posts_are_still_found_by_the_search_and_name_nobody(
    client, leaving, forum_life, full_member
):
    account_close(user=leaving)
    sign_in(client, full_member)

    response = client.get("/search/", {"q": "lantern"})

    titles = sorted(result.title for result in response.context["page"].object_list)
    assert titles == ["Another story #2", "My lantern story #1"]
    assert "Leaving Lark" not in response.content.decode()


def test_closing_an_account_with_no_forum_life_changes_nothing_in_the_forums(leaving, make_person):
    thread = ThreadFactory(posts=3)

    account_close(user=leaving)

    assert Post.objects.filter(thread=thread, author__isnull=False).count() == 3
