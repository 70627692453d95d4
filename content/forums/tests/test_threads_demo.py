"""The threads part's demo: categories, threads and a long conversation members can open, the
same after a second run."""

import pytest

from content.forums.demo.threads import seed
from content.forums.models import Category, Post, Reaction, Thread
from members.models import User
from network.demo import seed_demo
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (Category, Thread, Post, Reaction)}


def test_the_demo_seeds_twice_and_gives_members_conversations_to_read(client):
    seed_demo()
    first = _counts()
    seed()

    assert _counts() == first
    assert first["Category"] == 5
    assert first["Thread"] >= 9
    long = Thread.objects.get(title="Welcome! Introduce yourself")
    assert long.post_count == 120
    # the threads part's held first post, and the moderation part's (in French)
    assert Post.objects.filter(status=Post.Status.HELD).count() == 2
    assert Post.objects.exclude(content_warning="").count() >= 3
    sign_in(client, User.objects.get(email="supporting.member@example.org"))
    index = client.get("/forums/").content.decode()
    assert "General peer support" in index
    assert "Peer-only space" not in index  # a supporting member is not a peer-only reader
    assert client.get(f"/forums/t/{long.pk}/?page=6").status_code == 200
    sign_in(client, User.objects.get(email="full.member@example.org"))
    assert "Peer-only space" in client.get("/forums/").content.decode()
