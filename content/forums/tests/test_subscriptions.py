"""Forums, the subscriptions part: watching, notifications of replies and mentions, their
emails, digests, the one-click unsubscribe, the settings and notifications pages, and what
closing an account erases."""

import re
import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone

from content.forums.models import ForumProfile, Mute, Notification, Post, ReadMarker, Rule
from content.forums.models import Subscription as Watch
from content.forums.selectors.subscriptions import (
    Unsubscribe,
    mentioned_names,
    unread_notifications,
    unsubscribe_token,
)
from content.forums.services import subscriptions as services
from content.forums.services.subscriptions import (
    digest_period_end,
    digests_send_batch,
    notifications_email_batch,
    subscription_watch,
)
from content.forums.signals import post_published
from content.forums.tasks.subscriptions import email_post_notifications
from content.forums.tests.factories import CategoryFactory, PostFactory, ThreadFactory
from members.personal_data import personal_data_of
from members.services import account_close
from network import roles
from tests.factories import UserFactory
from tests.plugin import wait_for


@pytest.fixture
def member(make_person):
    def make(display_name, **kwargs):
        return make_person(roles.FULL_MEMBER, display_name=display_name, **kwargs)

    return make


@pytest.fixture
def thread(full_member):
    return ThreadFactory(author=full_member, title="Finding a meeting after work", posts=1)


def publish(post, capture):
    """What the threads part does: send the signal in the transaction that shows the post."""
    with capture(execute=True), transaction.atomic():
        post_published.send(sender=Post, post=post)


# --- Watching ----------------------------------------------------------------------------------


def test_a_member_watches_a_thread_and_stops_with_the_same_button(client_for, full_member, thread):
    client = client_for(full_member)

    response = client.post(f"/forums/t/{thread.pk}/watch/", {"next": "/forums/settings/"})

    assert response.status_code == 302
    assert response["Location"] == "/forums/settings/"
    assert Watch.objects.filter(person=full_member, thread=thread).exists()
    page = client.get(f"/forums/t/{thread.pk}/")
    assert "Stop watching this thread" in page.content.decode()

    client.post(f"/forums/t/{thread.pk}/watch/")
    assert not Watch.objects.filter(person=full_member, thread=thread).exists()


def test_watching_a_thread_one_may_not_read_is_404_and_signed_out_people_sign_in(
    client_for, supporting_member
):
    peer_only = ThreadFactory(category=CategoryFactory(read_rule=Rule.FULL_MEMBERS))

    assert client_for(supporting_member).post(f"/forums/t/{peer_only.pk}/watch/").status_code == 404
    assert client_for(supporting_member).post("/forums/t/999999/watch/").status_code == 404
    response = client_for(None).post(f"/forums/t/{peer_only.pk}/watch/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Watch.objects.exists()


def test_a_member_watches_a_category_and_a_next_address_elsewhere_is_ignored(
    client_for, full_member, outsider
):
    category = CategoryFactory(slug="family-and-allies")

    response = client_for(full_member).post(
        "/forums/family-and-allies/watch/", {"next": "https://elsewhere.example.com/"}
    )

    assert response["Location"] == "/forums/family-and-allies/"
    assert Watch.objects.filter(person=full_member, category=category).exists()
    assert client_for(outsider).post("/forums/family-and-allies/watch/").status_code == 404
    assert client_for(full_member).get("/forums/family-and-allies/watch/").status_code == 405


def test_subscription_watch_is_harmless_twice(full_member, thread):
    subscription_watch(person=full_member, thread=thread)
    subscription_watch(person=full_member, thread=thread)

    assert Watch.objects.filter(person=full_member, thread=thread).count() == 1


# --- Notifications -----------------------------------------------------------------------------


def test_watchers_are_notified_and_emailed_once_even_when_the_signal_is_sent_twice(
    django_capture_on_commit_callbacks, member, full_member, thread
):
    thread_watcher, category_watcher = member("Thread Watcher"), member("Category Watcher")
    subscription_watch(person=thread_watcher, thread=thread)
    Watch.objects.create(person=category_watcher, category=thread.category)
    subscription_watch(person=full_member, thread=thread)  # the author of the reply
    reply = PostFactory(thread=thread, author=full_member, body="I go to one on Thursdays.")

    publish(reply, django_capture_on_commit_callbacks)
    publish(reply, django_capture_on_commit_callbacks)
    email_post_notifications(reply.pk)  # a repeated task run

    assert sorted(
        Notification.objects.filter(post=reply).values_list("person__display_name", "kind")
    ) == [("Category Watcher", "reply"), ("Thread Watcher", "reply")]
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [thread_watcher.email, category_watcher.email]
    )


def test_two_workers_at_once_email_each_notification_once(reference_data, member, thread):
    watchers = [member(f"Watcher {n}") for n in range(6)]
    reply = PostFactory(thread=thread, body="Thank you all.")
    for watcher in watchers:
        subscription_watch(person=watcher, thread=thread)
    services.notifications_create(post_id=reply.pk)
    start = threading.Barrier(2)

    def worker():
        start.wait()
        try:
            notifications_email_batch(post_id=reply.pk)
        finally:
            connection.close()

    runs = [threading.Thread(target=worker) for _ in range(2)]
    for run in runs:
        run.start()
    for run in runs:
        run.join()

    assert sorted(message.to[0] for message in mail.outbox) == sorted(w.email for w in watchers)
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()


def test_emails_go_in_batches_and_a_later_run_finishes_without_repeating(member, thread):
    watchers = [member(f"Watcher {n}") for n in range(5)]
    reply = PostFactory(thread=thread)
    for watcher in watchers:
        subscription_watch(person=watcher, thread=thread)
    services.notifications_create(post_id=reply.pk)

    assert notifications_email_batch(post_id=reply.pk, batch_size=2) == "more"
    assert len(mail.outbox) == 2
    assert notifications_email_batch(post_id=reply.pk, batch_size=2) == "more"
    assert notifications_email_batch(post_id=reply.pk, batch_size=2) == "done"
    assert notifications_email_batch(post_id=reply.pk, batch_size=2) == "done"
    assert sorted(m.to[0] for m in mail.outbox) == sorted(w.email for w in watchers)


def test_mentions_of_display_names_notify_and_outrank_a_reply(
    django_capture_on_commit_callbacks, full_member, supporting_member, member, thread
):
    subscription_watch(person=supporting_member, thread=thread)
    author = member("Jordan")
    reply = PostFactory(
        thread=thread, author=author, body='Thanks @river and @"Sam Ally", and @Nobody Here.'
    )

    publish(reply, django_capture_on_commit_callbacks)

    assert dict(Notification.objects.values_list("person__display_name", "kind")) == {
        "River": "mention",
        "Sam Ally": "mention",
    }
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects == ["Jordan mentioned you in “Finding a meeting after work”"] * 2


def test_a_mention_of_a_name_nobody_has_does_nothing(django_capture_on_commit_callbacks, thread):
    reply = PostFactory(thread=thread, body='Has anyone heard from @Ghost or @"No One"?')

    publish(reply, django_capture_on_commit_callbacks)

    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_mention_parsing_reads_bare_and_quoted_names_but_not_email_addresses():
    assert mentioned_names('hi @River, @"Sam Ally" and me@example.org') == {"river", "sam ally"}


def test_nobody_hears_of_a_post_by_someone_they_muted(
    django_capture_on_commit_callbacks, member, thread
):
    muting, author = member("Muting"), member("Loud One")
    subscription_watch(person=muting, thread=thread)
    Mute.objects.create(person=muting, muted=author)
    reply = PostFactory(thread=thread, author=author, body="Hello @Muting")

    publish(reply, django_capture_on_commit_callbacks)

    assert not Notification.objects.exists()


def test_people_who_may_not_read_the_category_are_not_told(
    django_capture_on_commit_callbacks, full_member, supporting_member, member
):
    peer_only = ThreadFactory(
        category=CategoryFactory(read_rule=Rule.FULL_MEMBERS, write_rule=Rule.FULL_MEMBERS)
    )
    Watch.objects.create(person=supporting_member, category=peer_only.category)
    subscription_watch(person=full_member, thread=peer_only)
    closed = member("Closed Account", is_active=False)
    subscription_watch(person=closed, thread=peer_only)
    reply = PostFactory(thread=peer_only, author=member("Writer"), body='@"Sam Ally" hello')

    publish(reply, django_capture_on_commit_callbacks)

    assert list(Notification.objects.values_list("person", flat=True)) == [full_member.pk]


def test_a_post_not_visible_tells_nobody(django_capture_on_commit_callbacks, member, thread):
    subscription_watch(person=member("Watcher"), thread=thread)
    held = PostFactory(thread=thread, status=Post.Status.HELD)

    publish(held, django_capture_on_commit_callbacks)

    assert not Notification.objects.exists()


def test_emails_follow_each_persons_settings(django_capture_on_commit_callbacks, member, thread):
    quiet, mentioned = member("Quiet"), member("Mentioned")
    ForumProfile.objects.create(person=quiet, email_replies=False)
    ForumProfile.objects.create(person=mentioned, email_replies=False, email_mentions=True)
    subscription_watch(person=quiet, thread=thread)
    subscription_watch(person=mentioned, thread=thread)
    reply = PostFactory(thread=thread, body="@Mentioned welcome")

    publish(reply, django_capture_on_commit_callbacks)

    assert Notification.objects.count() == 2
    assert [message.to[0] for message in mail.outbox] == [mentioned.email]


def test_an_email_from_an_open_category_quotes_a_first_line_and_has_a_one_click_link(
    django_capture_on_commit_callbacks, member, thread
):
    watcher = member("Watcher")
    subscription_watch(person=watcher, thread=thread)
    reply = PostFactory(thread=thread, body="A group meets at the library.\n\nMore below.")

    publish(reply, django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert "“A group meets at the library.”" in message.body
    assert "More below" not in message.body
    assert f"http://testserver/forums/t/{thread.pk}/#post-2" in message.body or (
        f"/forums/t/{thread.pk}/#post-2" in message.body
    )
    link = f"/forums/unsubscribe/{unsubscribe_token(watcher, Unsubscribe.REPLIES)}/"
    assert link in message.body
    assert message.extra_headers["List-Unsubscribe"].endswith(f"{link}>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_an_email_from_a_peer_only_space_gives_neither_title_nor_text_and_speaks_french(
    django_capture_on_commit_callbacks, member
):
    category = CategoryFactory(
        name="Peer space", name_fr="Espace entre pairs", read_rule=Rule.FULL_MEMBERS
    )
    thread = ThreadFactory(category=category, title="My relapse last week")
    watcher = member("Lecteur", preferred_language="fr")
    subscription_watch(person=watcher, thread=thread)
    reply = PostFactory(thread=thread, body="What I used and how much.")

    publish(reply, django_capture_on_commit_callbacks)

    (message,) = mail.outbox
    assert "relapse" not in message.subject + message.body
    assert "What I used" not in message.body
    assert "Espace entre pairs" in message.subject


def test_a_content_warning_keeps_the_text_out_of_the_email(
    django_capture_on_commit_callbacks, member, thread
):
    subscription_watch(person=member("Watcher"), thread=thread)
    reply = PostFactory(thread=thread, body="Details of that night.", content_warning="relapse")

    publish(reply, django_capture_on_commit_callbacks)

    assert "Details of that night" not in mail.outbox[0].body


def test_a_real_worker_notifies_and_emails_a_watcher_once(celery_worker):
    writer = UserFactory(display_name="Writer")
    watcher = UserFactory(display_name="Watcher", email="watcher@example.net")
    from network import services as network_services

    for person in (writer, watcher):
        network_services.role_grant(user=person, role=roles.FULL_MEMBER)
    thread = ThreadFactory(author=writer, posts=1)
    subscription_watch(person=watcher, thread=thread)
    reply = PostFactory(thread=thread, author=writer, body="See you Thursday.")

    with transaction.atomic():
        post_published.send(sender=Post, post=reply)
        post_published.send(sender=Post, post=reply)

    assert wait_for(
        lambda: Notification.objects.filter(post=reply, emailed_at__isnull=False).exists()
    ), "the worker did not email the notification"
    assert wait_for(lambda: len(mail.outbox) >= 1)
    import time

    time.sleep(0.5)  # the second signal's task has run too by now
    assert [message.to for message in mail.outbox] == [["watcher@example.net"]]
    assert Notification.objects.filter(post=reply).count() == 1


# --- Digests -----------------------------------------------------------------------------------


def _backdate(post, when):
    Post.objects.filter(pk=post.pk).update(created_at=when)


def test_digest_periods_end_at_seven_in_the_morning_and_on_mondays():
    # Wednesday 2026-03-11 10:00 in Toronto.
    now = timezone.make_aware(timezone.datetime(2026, 3, 11, 10, 0))
    assert digest_period_end("daily", now).isoformat().startswith("2026-03-11T07:00")
    early = now.replace(hour=6)
    assert digest_period_end("daily", early).isoformat().startswith("2026-03-10T07:00")
    assert digest_period_end("weekly", now).isoformat().startswith("2026-03-09T07:00")


def test_daily_digests_go_in_batches_once_per_period_and_skip_people_with_nothing_new(
    member, thread
):
    end = digest_period_end("daily")
    readers = [member(f"Reader {n}") for n in range(5)]
    for reader in readers:
        ForumProfile.objects.create(person=reader, digest="daily")
        subscription_watch(person=reader, thread=thread)
    nothing_new = member("Nothing New")
    ForumProfile.objects.create(person=nothing_new, digest="daily")
    for _ in range(3):
        _backdate(PostFactory(thread=thread), end - timedelta(hours=2))
    _backdate(PostFactory(thread=thread), end - timedelta(days=3))  # before the period

    outcomes = [digests_send_batch(frequency="daily", period_end=end, batch_size=2)]
    while outcomes[-1] == "more":
        outcomes.append(digests_send_batch(frequency="daily", period_end=end, batch_size=2))
    digests_send_batch(frequency="daily", period_end=end)  # the beat fires again

    assert outcomes == ["more", "more", "done"]
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in readers)
    assert "3 new posts" in mail.outbox[0].body
    assert mail.outbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_the_next_period_lists_only_what_is_new_since_the_last_digest(member, thread):
    end = digest_period_end("daily")
    reader = member("Reader")
    ForumProfile.objects.create(person=reader, digest="daily")
    subscription_watch(person=reader, thread=thread)
    _backdate(thread.posts.get(number=1), end - timedelta(days=3))
    _backdate(PostFactory(thread=thread), end - timedelta(hours=1))
    digests_send_batch(frequency="daily", period_end=end)
    _backdate(PostFactory(thread=thread), end + timedelta(hours=3))
    _backdate(PostFactory(thread=thread), end + timedelta(days=1, hours=1))  # the one after

    digests_send_batch(frequency="daily", period_end=end + timedelta(days=1))
    digests_send_batch(frequency="daily", period_end=end + timedelta(days=1))

    assert len(mail.outbox) == 2
    assert "1 new post" in mail.outbox[1].body
    profile = ForumProfile.objects.get(person=reader)
    assert profile.digest_sent_until == end + timedelta(days=1)


def test_a_digest_leaves_out_unreadable_categories_muted_authors_and_ones_own_posts(
    supporting_member, member
):
    end = digest_period_end("weekly")
    ForumProfile.objects.create(person=supporting_member, digest="weekly")
    open_thread = ThreadFactory(title="Open to all members")
    peer_only = ThreadFactory(category=CategoryFactory(read_rule=Rule.FULL_MEMBERS))
    loud = member("Loud")
    Mute.objects.create(person=supporting_member, muted=loud)
    for watched in (open_thread, peer_only):
        subscription_watch(person=supporting_member, thread=watched)
        _backdate(PostFactory(thread=watched), end - timedelta(hours=1))
    _backdate(PostFactory(thread=open_thread, author=loud), end - timedelta(hours=1))
    _backdate(PostFactory(thread=open_thread, author=supporting_member), end - timedelta(hours=1))

    digests_send_batch(frequency="weekly", period_end=end)

    (message,) = mail.outbox
    assert message.subject == "Your weekly forums digest"
    assert "Open to all members" in message.body
    assert "1 new post" in message.body
    assert peer_only.title not in message.body
    assert f"/forums/t/{peer_only.pk}/" not in message.body


# --- One-click unsubscribe ---------------------------------------------------------------------


def test_the_one_click_link_stops_that_email_without_signing_in_or_a_csrf_token(full_member):
    token = unsubscribe_token(full_member, Unsubscribe.DIGEST)
    ForumProfile.objects.create(person=full_member, digest="daily")
    client = Client(enforce_csrf_checks=True)

    page = client.get(f"/forums/unsubscribe/{token}/")
    assert page.status_code == 200
    assert "Stop these emails" in page.content.decode()
    assert ForumProfile.objects.get(person=full_member).digest == "daily"

    done = client.post(f"/forums/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"})

    assert done.status_code == 200
    assert ForumProfile.objects.get(person=full_member).digest == "none"
    client.post(f"/forums/unsubscribe/{token}/")  # twice is harmless
    replies = unsubscribe_token(full_member, Unsubscribe.REPLIES)
    client.post(f"/forums/unsubscribe/{replies}/")
    assert ForumProfile.objects.get(person=full_member).email_replies is False


def test_a_tampered_unsubscribe_link_changes_nothing_and_says_so(client, full_member):
    token = unsubscribe_token(full_member, Unsubscribe.DIGEST)
    ForumProfile.objects.create(person=full_member, digest="daily")

    response = client.post(f"/forums/unsubscribe/{token[:-2]}xx/")

    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    assert ForumProfile.objects.get(person=full_member).digest == "daily"


# --- Settings page -----------------------------------------------------------------------------


def test_the_settings_page_saves_the_digest_and_email_choices(client_for, full_member, thread):
    client = client_for(full_member)

    response = client.post(
        "/forums/settings/", {"digest": "weekly", "email_mentions": "on"}, follow=True
    )

    assert "Your forum settings are saved." in response.content.decode()
    profile = ForumProfile.objects.get(person=full_member)
    assert (profile.digest, profile.email_replies, profile.email_mentions) == (
        "weekly",
        False,
        True,
    )


def test_a_bad_digest_choice_is_refused_next_to_its_field_keeping_the_rest(
    client_for, full_member, thread
):
    response = client_for(full_member).post(
        "/forums/settings/", {"digest": "hourly", "email_replies": "on"}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose how often the digest comes, or no digest." in page
    assert re.search(r'<input type="checkbox" name="email_replies"[^>]* checked', page)
    assert not re.search(r'<input type="checkbox" name="email_mentions"[^>]* checked', page)
    assert not ForumProfile.objects.filter(person=full_member).exists()


def test_the_settings_page_lists_what_one_watches_and_whom_one_muted_in_a_flat_query_count(
    client_for, full_member, member, assert_page_queries
):
    for n in range(12):
        subscription_watch(person=full_member, thread=ThreadFactory(title=f"Thread {n}"))
        Watch.objects.create(person=full_member, category=CategoryFactory())
        Mute.objects.create(person=full_member, muted=member(f"Muted {n}"))
    peer_only = ThreadFactory(
        title="Hidden from the list", category=CategoryFactory(read_rule=Rule.GOVERNANCE)
    )
    subscription_watch(person=full_member, thread=peer_only)
    client_for(full_member)

    page = assert_page_queries("/forums/settings/", 9).content.decode()

    assert "Thread 11" in page
    assert "Muted 11" in page
    assert "Hidden from the list" not in page


def test_stop_watching_and_unmute_from_the_settings_page(client_for, full_member, member, thread):
    subscription_watch(person=full_member, thread=thread)
    watched = Watch.objects.get(person=full_member)
    muted = member("Muted")
    Mute.objects.create(person=full_member, muted=muted)
    other = member("Other")
    theirs = Watch.objects.create(person=other, thread=thread)
    client = client_for(full_member)

    client.post("/forums/settings/", {"action": "stop", "subscription": watched.pk})
    client.post("/forums/settings/", {"action": "stop", "subscription": theirs.pk})
    client.post("/forums/settings/", {"action": "unmute", "member": muted.pk})

    assert list(Watch.objects.values_list("person", flat=True)) == [other.pk]
    assert not Mute.objects.exists()
    assert (
        client.post("/forums/settings/", {"action": "stop", "subscription": "x"}).status_code == 404
    )


def test_the_forum_pages_send_the_signed_out_to_sign_in_and_are_404_for_non_members(
    client_for, outsider
):
    CategoryFactory()
    for url in ("/forums/settings/", "/forums/notifications/"):
        response = client_for(None).get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        assert client_for(outsider).get(url).status_code == 404


# --- Notifications page ------------------------------------------------------------------------


def test_the_notifications_page_lists_newest_first_marks_them_read_and_paginates(
    client_for, full_member, member, assert_page_queries
):
    CategoryFactory()
    posts = []
    for n in range(25):
        thread = ThreadFactory(title=f"Thread {n:02d}", posts=1)
        post = PostFactory(thread=thread, author=member(f"Author {n}"))
        Notification.objects.create(person=full_member, post=post, kind="reply")
        posts.append(post)
    mention = Notification.objects.get(post=posts[-1])
    mention.kind = "mention"
    mention.save()
    assert unread_notifications(full_member) == 25
    client_for(full_member)

    page = assert_page_queries("/forums/notifications/", 9).content.decode()

    assert page.index("Thread 24") < page.index("Thread 23")
    assert "Author 24 mentioned you in “Thread 24”" in page
    assert posts[-1].get_absolute_url() in page
    assert "Thread 04" not in page
    assert unread_notifications(full_member) == 5
    second = assert_page_queries("/forums/notifications/?page=2", 9).content.decode()
    assert "Thread 04" in second
    assert unread_notifications(full_member) == 0


def test_notifications_about_posts_no_longer_visible_are_not_listed(client_for, full_member):
    thread = ThreadFactory(title="Hidden since", posts=2)
    post = thread.posts.last()
    Notification.objects.create(person=full_member, post=post, kind="reply")
    Post.objects.filter(pk=post.pk).update(status=Post.Status.HIDDEN)

    page = client_for(full_member).get("/forums/notifications/").content.decode()

    assert "Hidden since" not in page
    assert unread_notifications(full_member) == 0


# --- Personal data and closing an account ------------------------------------------------------


def test_my_data_shows_the_forums_and_closing_the_account_erases_them_but_keeps_posts(
    full_member, member, thread
):
    other = member("Other")
    ForumProfile.objects.create(person=full_member, digest="weekly")
    subscription_watch(person=full_member, thread=thread)
    Mute.objects.create(person=full_member, muted=other)
    Mute.objects.create(person=other, muted=full_member)
    reply = PostFactory(thread=thread, author=other, body="@River hello")
    Notification.objects.create(person=full_member, post=reply, kind="mention")
    ReadMarker.objects.create(person=full_member, thread=thread, last_read_number=2)
    sections = {section.key: section.records for section in personal_data_of(full_member)}
    assert sections["forum_settings"][0]["digest"] == "Weekly"
    assert sections["forum_subscriptions"][0]["watching"] == thread.title
    assert sections["forum_mutes"] == [
        {"member": "Other", "muted_at": Mute.objects.get(person=full_member).created_at}
    ]
    assert sections["forum_notifications"][0]["kind"] == "You were mentioned"
    assert sections["forum_posts"][0]["text"] == f"Post 1 of {thread.title}."

    account_close(user=full_member)

    assert not Watch.objects.filter(person=full_member).exists()
    assert not Notification.objects.filter(person=full_member).exists()
    assert not Mute.objects.exists()
    assert not ReadMarker.objects.filter(person=full_member).exists()
    assert not ForumProfile.objects.filter(person=full_member).exists()
    first = Post.objects.get(thread=thread, number=1)
    assert first.author_id is None  # kept, under "former member"


# --- Demo --------------------------------------------------------------------------------------


def test_the_demo_seeds_watching_digests_and_a_mention_once(db):
    from content.forums.demo.subscriptions import seed
    from network.demo import DEMO_PEOPLE, demo_person

    people = {demo.email: demo_person(demo) for demo in DEMO_PEOPLE}
    river = people["full.member@example.org"]
    for n in range(3):
        ThreadFactory(title=f"Demo thread {n}", posts=2)

    seed()
    counts = (Watch.objects.count(), Notification.objects.count(), Post.objects.count())
    seed()

    assert (Watch.objects.count(), Notification.objects.count(), Post.objects.count()) == counts
    assert ForumProfile.objects.get(person=river).digest == "daily"
    assert Notification.objects.filter(person=river, kind="mention").count() == 2
    assert Watch.objects.filter(person=river).count() == 4
