"""The thread page's posts, written in Python (views/posts_html.py): what each reader sees of each
post, and the empty reply form kept rendered."""

import re

import pytest
from django.utils import timezone
from guardian.shortcuts import assign_perm

from content.forums.models import ForumProfile, Post
from content.forums.tests.factories import CategoryFactory, PostFactory, ThreadFactory
from network import roles
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(make_person):
    person = make_person(roles.FULL_MEMBER, display_name="Sage")
    MembershipFactory(person=person)
    ForumProfile.objects.create(person=person, guidelines_accepted_at=timezone.now())
    return person


@pytest.fixture
def writer(make_person):
    person = make_person(roles.FULL_MEMBER, display_name="Robin <b>& co</b>")
    MembershipFactory(person=person)
    return person


@pytest.fixture
def category(forum_moderator):
    category = CategoryFactory(slug="talk", name="Talk")
    assign_perm("forums.moderate_category", forum_moderator, category)
    return category


@pytest.fixture
def thread(category, writer):
    thread = ThreadFactory(category=category)
    PostFactory(thread=thread, author=writer, body="First words.")
    return thread


def _post(html: str, number: int) -> str:
    return re.search(rf'<article [^>]*id="post-{number}".*?</article>', html, re.S).group(0)


def test_a_readers_view_of_a_post_has_their_actions_only(client_for, reader, thread):
    html = client_for(reader).get(thread.get_absolute_url()).content.decode()
    post = _post(html, 2)

    assert "<strong>Robin &lt;b&gt;&amp; co&lt;/b&gt;</strong>" in post
    assert "Report<span" in post
    assert "Quote<span" in post
    assert "Mute Robin &lt;b&gt;&amp; co&lt;/b&gt;" in post
    assert "Edit<span" not in post
    assert "Delete<span" not in post
    assert "Hide" not in post


def test_the_author_sees_edit_and_delete_and_no_report_or_mute(client_for, writer, thread):
    ForumProfile.objects.create(person=writer, guidelines_accepted_at=timezone.now())

    post = _post(client_for(writer).get(thread.get_absolute_url()).content.decode(), 2)

    assert "Edit<span" in post
    assert "Delete<span" in post
    assert "Report<span" not in post
    assert "Mute " not in post


def test_moderators_get_their_tools_and_the_edit_history(
    client_for, forum_moderator, thread, writer
):
    Post.objects.filter(thread=thread, number=2).update(edited_at=timezone.now())

    post = _post(client_for(forum_moderator).get(thread.get_absolute_url()).content.decode(), 2)

    assert ">Hide<span" in post
    assert "Warn<span" in post
    assert "Suspend posting<span" in post
    assert "/history/" in post


def test_a_hidden_post_is_a_line_for_readers_and_marked_for_moderators(
    client_for, reader, forum_moderator, thread
):
    Post.objects.filter(thread=thread, number=2).update(status=Post.Status.HIDDEN)

    for_reader = _post(client_for(reader).get(thread.get_absolute_url()).content.decode(), 2)
    for_moderator = _post(
        client_for(forum_moderator).get(thread.get_absolute_url()).content.decode(), 2
    )

    assert "This post was hidden by a moderator." in for_reader
    assert "First words." not in for_reader
    assert "Hidden from readers by a moderator" in for_moderator
    assert "First words." in for_moderator
    assert ">Show again<span" in for_moderator


def test_the_page_reads_in_french_for_a_french_reader(client_for, reader, thread):
    html = (
        client_for(reader)
        .get(thread.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")
        .content.decode()
    )
    post = _post(html, 2)

    assert "Signaler<span" in post or "Signaler <span" in post
    assert "Report<span" not in post
    assert 'name="body"' in html


def test_the_empty_reply_form_is_kept_rendered_and_the_same_for_every_reader(
    client_for, reader, writer, thread
):
    ForumProfile.objects.create(person=writer, guidelines_accepted_at=timezone.now())

    def form(person) -> str:
        html = client_for(person).get(thread.get_absolute_url()).content.decode()
        section = html.split('<section class="reply"')[1]
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", section)

    first, second = form(reader), form(writer)

    assert first == second
    assert 'id="id_body"' in first
    assert "<label" in first


def test_a_post_the_reader_reported_says_so_and_links_to_the_report(client_for, reader, thread):
    post = Post.objects.get(thread=thread, number=2)
    client = client_for(reader)
    client.post(f"/forums/p/{post.pk}/report/", {"reason": "spam"})

    html = _post(client.get(thread.get_absolute_url()).content.decode(), 2)

    assert f'<a href="/forums/p/{post.pk}/report/">Reported<span' in html
    assert "Report<span" not in html
