"""My data shows what the forums hold about the person: their posts (thread, date, text), the
reactions they gave, the reports they made, their mutes, what they watch and their settings;
nothing of anyone else's, in a pinned number of queries."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.forums.models import (
    ContentWarning,
    ForumProfile,
    Mute,
    Post,
    Reaction,
    Report,
    Subscription,
)
from members.tests.test_my_data import QUERIES
from network import roles
from tests.plugin import sign_in

from .factories import CategoryFactory, PostFactory, ThreadFactory

pytestmark = pytest.mark.django_db

PAGE = "/members/my-data/"
DOWNLOAD = "/members/my-data/download/"


@pytest.fixture
def other(make_person):
    return make_person(roles.FULL_MEMBER, display_name="Quiet Heron")


def _forum_life(person, other, n: int = 1) -> None:
    """`n` of each thing the forums hold about `person`, and some of `other`'s beside them."""
    category = CategoryFactory(name="Peer circle", name_fr="Cercle de pairs")
    for i in range(n):
        thread = ThreadFactory(category=category, author=other, title=f"Morning routines {i}")
        PostFactory(thread=thread, author=person, body=f"Tea and a walk help me, day {i}.")
        PostFactory(thread=thread, author=other, body=f"Other person's private words {i}.")
        answer = Post.objects.get(thread=thread, number=1)
        Reaction.objects.create(post=answer, person=person, kind=Reaction.Kind.THANKS)
        Reaction.objects.create(post=answer, person=other, kind=Reaction.Kind.HUG)
        Report.objects.create(
            post=Post.objects.get(thread=thread, number=3),
            reporter=person,
            reason=Report.Reason.DISTRESS,
            note=f"They sound low today {i}.",
        )
        Subscription.objects.create(person=person, thread=thread)
    Subscription.objects.create(person=person, category=category)
    Mute.objects.get_or_create(person=person, muted=other)
    Mute.objects.get_or_create(person=other, muted=person)
    ForumProfile.objects.update_or_create(
        person=person,
        defaults={"guidelines_accepted_at": timezone.now(), "digest": ForumProfile.Digest.WEEKLY},
    )


def test_the_download_holds_the_persons_forum_posts_reactions_reports_and_settings(
    client, full_member, other
):
    _forum_life(full_member, other)
    PostFactory(
        thread=ThreadFactory(title="Hard day", author=other),
        author=full_member,
        body="Deleted words.",
        deleted_at=timezone.now(),
        content_warning=ContentWarning.RELAPSE,
    )
    sign_in(client, full_member)

    data = json.loads(client.get(DOWNLOAD).content)

    posts = data["forum_posts"]
    assert [(p["thread"], p["text"]) for p in posts] == [
        ("Morning routines 0 #2", "Tea and a walk help me, day 0."),
        ("Hard day #2", "Deleted words."),
    ]
    assert posts[0]["written_at"]
    assert posts[0]["status"] == "Visible"
    assert posts[1]["deleted_at"]
    assert posts[1]["content_warning"] == "Relapse"
    [reaction] = data["forum_reactions"]
    assert (reaction["post"], reaction["reaction"]) == ("Morning routines 0 #1", "Thank you")
    [report] = data["forum_reports"]
    assert (report["post"], report["reason"], report["details"], report["status"]) == (
        "Morning routines 0 #3",
        "Someone may be in distress",
        "They sound low today 0.",
        "Open",
    )
    assert report["reported_at"]
    assert [m["member"] for m in data["forum_mutes"]] == ["Quiet Heron"]
    assert [s["watching"] for s in data["forum_subscriptions"]] == [
        "Morning routines 0",
        "Peer circle",
    ]
    [settings] = data["forum_settings"]
    assert settings["digest"] == "Weekly"
    assert settings["guidelines_accepted_at"]
    assert settings["email_replies"] is True
    assert "Other person's private words" not in client.get(DOWNLOAD).content.decode()


def test_the_page_shows_the_forum_sections_in_words(client, full_member, other):
    _forum_life(full_member, other)
    sign_in(client, full_member)

    page = client.get(PAGE).content.decode()

    for words in (
        "Forums: your posts",
        "Tea and a walk help me, day 0.",
        "Forums: reactions you gave",
        "Thank you",
        "Forums: posts you reported",
        "They sound low today 0.",
        "Forums: members you muted",
        "Quiet Heron",
        "Forums: what you watch",
        "Peer circle",
        "Forums: your settings",
        "Weekly",
    ):
        assert words in page, words
    assert "Other person's private words" not in page


def test_a_french_reader_sees_the_categorys_french_name(client, full_member, other):
    _forum_life(full_member, other)
    sign_in(client, full_member)
    client.cookies["django_language"] = "fr"

    data = json.loads(client.get(DOWNLOAD).content)

    assert [s["watching"] for s in data["forum_subscriptions"]][-1] == "Cercle de pairs"


def test_someone_else_sees_none_of_the_persons_forum_life(client, full_member, other):
    _forum_life(full_member, other)
    sign_in(client, other)

    data = json.loads(client.get(DOWNLOAD).content)

    assert [p["text"] for p in data["forum_posts"]] == [
        "Post 1 of Morning routines 0.",
        "Other person's private words 0.",
    ]
    assert data["forum_reports"] == []
    assert [r["reaction"] for r in data["forum_reactions"]] == ["Hug"]
    assert data["forum_settings"] == []
    assert "They sound low today" not in client.get(PAGE).content.decode()


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [PAGE, DOWNLOAD])
def test_my_data_runs_the_same_queries_for_one_forum_thread_or_twelve(
    client, full_member, other, url
):
    sign_in(client, full_member)
    client.get(url)  # the content types, kept in memory afterwards
    assert _queries(client, url) == QUERIES
    _forum_life(full_member, other, 1)
    assert _queries(client, url) == QUERIES
    _forum_life(full_member, other, 12)
    assert _queries(client, url) == QUERIES
    assert "day 11" in client.get(url).content.decode()
