"""The forums' distress workflow: watched phrases raise a flag when a post is published, the
category's moderators are emailed once by a real worker, the post stays visible, and the poster
can be shown the crisis and warm-line help."""

import time

import pytest
from django.core import mail
from django.template.loader import render_to_string
from guardian.shortcuts import assign_perm

from content.forums import signals
from content.forums.models import DistressFlag, Post, WatchedPhrase
from content.forums.services.distress import (
    distress_flag_notify,
    distress_notice_for,
    phrase_matched,
)
from content.forums.tests.factories import CategoryFactory, PostFactory, ThreadFactory
from network.models import CrisisLine
from tests.plugin import wait_for


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some days I CAN'T GO ON like this", "can't go on"),
        ("Some days I can\u2019t go on like this", "can't go on"),
        ("je n'ai plus la force de continuer", "plus la force"),
        ("Je veux EN FINIR", "en finir"),
        ("je n'ai plus là force", "plus la force"),
        ("I want to\ndie", "want to die"),
        ("my diet is going well, I want to diet", ""),
        ("nothing here", ""),
    ],
)
def test_watched_phrases_match_whole_words_ignoring_case_and_accents(text, expected):
    phrases = ["can't go on", "plus la force", "en finir", "want to die"]
    assert phrase_matched(text, phrases) == expected


def _publish(post):
    signals.post_published.send(sender=Post, post=post)


@pytest.mark.django_db
def test_a_published_post_with_a_watched_phrase_is_flagged_and_stays_visible(
    django_capture_on_commit_callbacks, forum_moderator
):
    WatchedPhrase.objects.create(phrase="Plus la force", language="fr")
    WatchedPhrase.objects.create(phrase="can't go on", language="en", is_active=False)
    category = CategoryFactory()
    assign_perm("forums.moderate_category", forum_moderator, category)
    thread = ThreadFactory(category=category)
    post = PostFactory(thread=thread, body="Ce soir je n'ai plus la force.")
    quiet = PostFactory(thread=thread, body="I can't go on pretending it is easy.")

    with django_capture_on_commit_callbacks(execute=True):
        _publish(post)
        _publish(quiet)  # an inactive phrase is not watched

    flag = DistressFlag.objects.get()
    assert (flag.post, flag.source, flag.phrase) == (post, "phrase", "Plus la force")
    assert Post.objects.get(pk=post.pk).status == Post.Status.VISIBLE
    assert distress_notice_for(post)
    assert not distress_notice_for(quiet)
    assert [message.to for message in mail.outbox] == [[forum_moderator.email]]


@pytest.mark.django_db
def test_without_moderators_the_network_administrators_are_told(
    django_capture_on_commit_callbacks, network_admin
):
    WatchedPhrase.objects.create(phrase="want to die", language="en")
    thread = ThreadFactory(posts=0)
    post = PostFactory(thread=thread, body="I want to die tonight")

    with django_capture_on_commit_callbacks(execute=True):
        _publish(post)

    assert [message.to for message in mail.outbox] == [[network_admin.email]]
    body = mail.outbox[0].body
    assert f"/forums/t/{thread.pk}/#post-{post.number}" in body
    assert "I want to die tonight" not in body  # the post's words stay on the site


@pytest.mark.django_db
def test_the_distress_notice_shows_the_crisis_lines_kindly():
    CrisisLine.objects.create(name="Suicide Crisis Helpline", phone="988", is_crisis_line=True)
    from network.selectors import crisis_lines_published

    html = render_to_string(
        "forums/moderation/_distress_notice.html",
        {"crisis_lines": list(crisis_lines_published())},
    )

    assert "We are glad you reached out" in html
    assert "Suicide Crisis Helpline" in html
    assert 'href="/support-now/"' in html


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_emails_the_moderators_of_a_flagged_post_once(celery_worker, make_person):
    from network import roles

    first = make_person(roles.FULL_MEMBER, roles.FORUM_MODERATOR, email="first@example.net")
    second = make_person(roles.FULL_MEMBER, roles.FORUM_MODERATOR, email="second@example.net")
    elsewhere = make_person(roles.FORUM_MODERATOR, email="elsewhere@example.net")
    category = CategoryFactory()
    for person in (first, second):
        assign_perm("forums.moderate_category", person, category)
    assign_perm("forums.moderate_category", elsewhere, CategoryFactory())
    WatchedPhrase.objects.create(phrase="en finir", language="fr")
    thread = ThreadFactory(category=category)
    post = PostFactory(thread=thread, body="Je veux en finir avec tout ça.")

    _publish(post)  # outside a transaction: the task is enqueued at once, the worker runs it

    assert wait_for(lambda: len(mail.outbox) == 2), mail.outbox
    flag = DistressFlag.objects.get()
    assert flag.notified_at is not None
    # The same flag again (a retry, or a second worker): nobody is emailed twice.
    assert distress_flag_notify(flag_id=flag.pk) == 0
    time.sleep(0.5)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "first@example.net",
        "second@example.net",
    ]
    assert Post.objects.get(pk=post.pk).status == Post.Status.VISIBLE
