"""The distress workflow where people post: whoever writes a watched phrase is shown the crisis
and warm-line help, privately and once, on the page they land on; a first post held for
approval is read against the phrases at once, so distress never waits in the approval queue."""

import pytest
from django.utils import timezone

from content.forums.models import DistressFlag, ForumProfile, Post, WatchedPhrase
from network import roles
from tests.factories import MembershipFactory

from .factories import CategoryFactory, ThreadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(make_person):
    person = make_person(roles.FULL_MEMBER, display_name="Ash")
    MembershipFactory(person=person)
    ForumProfile.objects.create(
        person=person, guidelines_accepted_at=timezone.now(), approved_posts=2
    )
    return person


@pytest.fixture
def phrase(db):
    return WatchedPhrase.objects.create(phrase="can't go on", language="en")


def test_a_reply_with_a_watched_phrase_shows_its_writer_the_help_once(
    writer, phrase, client_for, django_capture_on_commit_callbacks
):
    thread = ThreadFactory(category=CategoryFactory())
    client = client_for(writer)

    with django_capture_on_commit_callbacks():
        response = client.post(
            f"/forums/t/{thread.pk}/reply/", {"body": "Some days I feel I can't go on."}
        )
    landing = client.get(response["Location"]).content.decode()
    again = client.get(response["Location"]).content.decode()

    post = Post.objects.get(thread=thread, number=2)
    assert post.status == Post.Status.VISIBLE  # never hidden by the workflow
    assert DistressFlag.objects.filter(post=post, source=DistressFlag.Source.PHRASE).exists()
    assert "We are glad you reached out" in landing
    assert "Need support now?" in landing
    assert "We are glad you reached out" not in again


def test_an_ordinary_reply_shows_no_help(writer, phrase, client_for):
    thread = ThreadFactory(category=CategoryFactory())
    client = client_for(writer)

    response = client.post(f"/forums/t/{thread.pk}/reply/", {"body": "Good meeting tonight."})

    assert "We are glad you reached out" not in client.get(response["Location"]).content.decode()
    assert not DistressFlag.objects.exists()


def test_a_held_first_post_is_read_against_the_phrases_at_once(make_person, phrase, client_for):
    newcomer = make_person(roles.SUPPORTING_MEMBER, display_name="Newcomer")
    MembershipFactory(person=newcomer, membership_type="supporting")
    ForumProfile.objects.create(person=newcomer, guidelines_accepted_at=timezone.now())
    thread = ThreadFactory(category=CategoryFactory(hold_first_posts=True))

    client_for(newcomer).post(
        f"/forums/t/{thread.pk}/reply/", {"body": "I am new and I can't go on like this."}
    )

    post = Post.objects.get(thread=thread, number=2)
    assert post.status == Post.Status.HELD
    assert DistressFlag.objects.filter(post=post).count() == 1
