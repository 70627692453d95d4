"""The newsletter, the editors' side: composing an issue from recent public news and events,
previewing it in both languages, sending it in batches that resume after a crash and never
write to an address twice, and the record of what was sent."""

import re
import smtplib
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from content.demo import newsletter as demo
from content.models import Access, Delivery, NewsletterIssue, Status, Subscriber
from content.selectors.newsletter import subscriber_for_unsubscribe_token
from content.services import newsletter as services
from content.tasks.newsletter import resume_newsletter_sending, send_newsletter_issue
from network.models import AuditEntry
from tests.concurrency import race
from tests.plugin import sign_in, wait_for

from .factories import EventFactory, NewsletterIssueFactory, NewsPostFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/content/newsletterissue/add/"


def change_url(issue) -> str:
    return f"/admin/content/newsletterissue/{issue.pk}/change/"


def recipients() -> list[str]:
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.fixture
def readers():
    """Three confirmed subscribers (one reads French), one waiting, one gone."""
    return [
        SubscriberFactory(email="ann@example.net"),
        SubscriberFactory(email="bea@example.net", language="fr"),
        SubscriberFactory(email="cy@example.net"),
        SubscriberFactory(email="waiting@example.net", status="pending", confirmed_at=None),
        SubscriberFactory(email="gone@example.net", status="unsubscribed"),
    ]


def sending(issue) -> NewsletterIssue:
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        status=NewsletterIssue.Status.SENDING, send_started_at=timezone.now()
    )
    issue.refresh_from_db()
    return issue


# --- Composing ---------------------------------------------------------------------------------


def test_a_new_issue_starts_from_recent_public_news_and_upcoming_public_events(
    client, content_editor
):
    now = timezone.now()
    recent = NewsPostFactory(
        title="Regional gathering in Sudbury", published_at=now - timedelta(days=3)
    )
    NewsPostFactory(title="Old news", published_at=now - timedelta(days=45))
    NewsPostFactory(title="Members-only news", access=Access.MEMBERS)
    NewsPostFactory(title="Draft news", status=Status.DRAFT)
    soon = EventFactory(title="Boundaries workshop", starts_at=now + timedelta(days=10))
    EventFactory(
        title="Far-off conference",
        starts_at=now + timedelta(days=90),
        ends_at=now + timedelta(days=91),
    )
    EventFactory(title="Members' circle", access=Access.MEMBERS)
    sign_in(client, content_editor)

    response = client.get(ADD)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.initial["news_posts"] == [recent.pk]
    assert form.initial["events"] == [soon.pk]
    offered = response.content.decode()
    assert "Old news" in offered  # offered, not ticked: the editor adjusts
    assert "Far-off conference" in offered
    for never in ("Members-only news", "Draft news", "Members&#x27; circle", "Members' circle"):
        assert never not in offered


def test_an_editor_saves_a_draft_signed_and_audited(client, content_editor):
    post = NewsPostFactory()
    sign_in(client, content_editor)

    response = client.post(
        ADD,
        {
            "subject": "Network news, spring",
            "subject_fr": "Nouvelles du réseau, printemps",
            "introduction": "<p>Hello peers.</p><img src=x onerror=alert(1)>",
            "introduction_fr": "<p>Bonjour.</p>",
            "news_posts": [post.pk],
        },
    )

    assert response.status_code == 302
    issue = NewsletterIssue.objects.get()
    assert issue.status == NewsletterIssue.Status.DRAFT
    assert issue.created_by == content_editor
    assert list(issue.news_posts.all()) == [post]
    assert "onerror" not in issue.introduction
    assert AuditEntry.objects.filter(action="newsletter.issue.add").exists()


def test_members_only_news_cannot_be_ticked_even_by_a_forged_form(client, content_editor):
    hidden = NewsPostFactory(access=Access.MEMBERS)
    sign_in(client, content_editor)

    response = client.post(
        ADD, {"subject": "Network news", "introduction": "<p>Hi</p>", "news_posts": [hidden.pk]}
    )

    assert response.status_code == 400
    assert "news_posts" in response.context["adminform"].form.errors
    assert not NewsletterIssue.objects.exists()


def test_the_preview_shows_the_email_in_either_language_without_members_only_content(
    client, content_editor
):
    public = NewsPostFactory(title="Peer support week", title_fr="Semaine du soutien par les pairs")
    hidden = NewsPostFactory(title="Members-only minutes")
    issue = NewsletterIssueFactory(subject="Network news", subject_fr="Nouvelles du réseau")
    issue.news_posts.set([public, hidden])
    hidden.access = Access.MEMBERS  # made members-only after it was ticked
    hidden.save()
    sign_in(client, content_editor)

    english = client.get(f"/admin/content/newsletterissue/{issue.pk}/preview/")
    french = client.get(f"/admin/content/newsletterissue/{issue.pk}/preview/?language=fr")

    assert english.status_code == french.status_code == 200
    assert "Peer support week" in english.content.decode()
    assert "Network news" in english.context["email"].text
    assert "Semaine du soutien par les pairs" in french.content.decode()
    assert french.context["email"].subject == "Nouvelles du réseau"
    for response in (english, french):
        assert "Members-only minutes" not in response.content.decode()
    assert (
        client.get(f"/admin/content/newsletterissue/{issue.pk}/preview/?language=xx").context[
            "language"
        ]
        == "en"
    )


def test_the_admin_list_of_issues_runs_the_same_queries_for_few_or_many(
    client, content_editor, django_assert_max_num_queries, readers
):
    sign_in(client, content_editor)
    NewsletterIssueFactory.create_batch(2)
    with django_assert_max_num_queries(12) as few:
        assert client.get("/admin/content/newsletterissue/").status_code == 200
    for issue in NewsletterIssueFactory.create_batch(20, status="sent"):
        Delivery.objects.create(issue=issue, email="ann@example.net", status="sent")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/admin/content/newsletterissue/")
    assert "1 sent, 0 failed, 0 waiting" in response.content.decode()


# --- Sending from the admin --------------------------------------------------------------------


def test_send_asks_once_more_then_sends_to_each_confirmed_subscriber_in_their_language(
    client, content_editor, readers, django_capture_on_commit_callbacks
):
    post = NewsPostFactory(title="Peer support week", title_fr="Semaine des pairs")
    issue = NewsletterIssueFactory(subject="Network news", subject_fr="Nouvelles du réseau")
    issue.news_posts.set([post])
    sign_in(client, content_editor)
    send_url = f"/admin/content/newsletterissue/{issue.pk}/send/"

    page = client.get(send_url).content.decode()
    assert "3 confirmed subscribers" in page
    assert not mail.outbox

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(send_url)

    assert response.status_code == 302
    assert len(callbacks) == 1  # the task waits for the commit
    assert recipients() == ["ann@example.net", "bea@example.net", "cy@example.net"]
    by_address = {message.to[0]: message for message in mail.outbox}
    assert by_address["bea@example.net"].subject == "Nouvelles du réseau"
    assert "Semaine des pairs" in by_address["bea@example.net"].body
    assert by_address["ann@example.net"].subject == "Network news"
    assert "Peer support week" in by_address["ann@example.net"].alternatives[0].content
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.SENT
    assert issue.sent_at is not None
    assert set(issue.deliveries.values_list("status", flat=True)) == {"sent"}
    assert AuditEntry.objects.filter(action="newsletter.issue.send", actor=content_editor).exists()


def test_every_email_carries_its_own_one_click_unsubscribe_link(client, readers):
    issue = sending(NewsletterIssueFactory())

    services.issue_send_batch(issue_id=issue.pk)

    for message in mail.outbox:
        header = message.extra_headers["List-Unsubscribe"]
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        link = re.fullmatch(r"<https?://[^/]+(/newsletter/unsubscribe/([^/]+)/)>", header)
        assert link, header
        subscriber = subscriber_for_unsubscribe_token(link.group(2))
        assert subscriber.email == message.to[0]
        assert link.group(1) in message.body
        assert link.group(1) in message.alternatives[0].content
    ann = next(m for m in mail.outbox if m.to == ["ann@example.net"])
    path = re.search(r"(/newsletter/unsubscribe/[^/]+/)", ann.extra_headers["List-Unsubscribe"])
    client.post(path.group(1))
    assert Subscriber.objects.get(email="ann@example.net").status == "unsubscribed"


def test_an_issue_already_sent_is_never_sent_again(client, content_editor, readers):
    issue = NewsletterIssueFactory(status="sent")
    sign_in(client, content_editor)

    response = client.post(f"/admin/content/newsletterissue/{issue.pk}/send/", follow=True)

    assert "already being sent, or was sent" in response.content.decode()
    assert not mail.outbox
    assert services.issue_send_batch(issue_id=issue.pk) == "not-sending"
    with pytest.raises(services.NewsletterError):
        services.issue_send(issue_id=issue.pk, actor=content_editor)


def test_with_nobody_subscribed_there_is_nothing_to_send(client, content_editor):
    issue = NewsletterIssueFactory()
    sign_in(client, content_editor)

    response = client.post(f"/admin/content/newsletterissue/{issue.pk}/send/", follow=True)

    assert "Nobody has confirmed a subscription yet" in response.content.decode()
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.DRAFT


def test_a_sent_issue_is_read_only_and_kept(client, content_editor):
    issue = NewsletterIssueFactory(status="sent", subject="As it was sent")
    sign_in(client, content_editor)

    page = client.get(change_url(issue))
    edit = client.post(change_url(issue), {"subject": "Rewritten", "introduction": "<p>x</p>"})
    delete = client.post(f"/admin/content/newsletterissue/{issue.pk}/delete/", {"post": "yes"})

    assert page.status_code == 200
    assert 'name="subject"' not in page.content.decode()
    assert edit.status_code == 403
    assert delete.status_code == 403
    assert NewsletterIssue.objects.get().subject == "As it was sent"
    with pytest.raises(services.NewsletterError):
        services.issue_save(issue=issue, editor=content_editor)


# --- Batches, crashes and races ----------------------------------------------------------------


def test_an_issue_goes_out_in_batches_each_address_once(readers):
    more = [SubscriberFactory(email=f"more{n}@example.net") for n in range(4)]
    issue = sending(NewsletterIssueFactory())

    outcomes = [services.issue_send_batch(issue_id=issue.pk, batch_size=3) for _ in range(3)]

    assert outcomes == ["more", "more", "sent"]
    assert len(mail.outbox) == 3 + len(more)
    assert len(set(recipients())) == len(recipients())
    assert "waiting@example.net" not in recipients()
    assert "gone@example.net" not in recipients()


def test_the_task_runs_again_until_nothing_waits(readers, monkeypatch):
    monkeypatch.setattr(services, "BATCH_SIZE", 1)  # one email per run
    issue = sending(NewsletterIssueFactory())

    send_newsletter_issue.delay(issue.pk)

    assert len(mail.outbox) == 3
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.SENT


def test_a_crash_mid_batch_resumes_without_sending_anyone_twice(readers):
    more = [SubscriberFactory(email=f"more{n}@example.net") for n in range(3)]
    issue = sending(NewsletterIssueFactory())
    real_send = services._send
    calls = {"count": 0}

    def dies_on_the_third(delivery, content, connection):
        calls["count"] += 1
        if calls["count"] == 3:
            raise SystemExit("the worker was killed")
        real_send(delivery, content, connection)

    with mock.patch.object(services, "_send", dies_on_the_third), pytest.raises(SystemExit):
        services.issue_send_batch(issue_id=issue.pk)
    assert len(mail.outbox) == 2

    assert services.issue_send_batch(issue_id=issue.pk) == "sent"
    assert services.issue_send_batch(issue_id=issue.pk) == "not-sending"  # a late redelivery

    # The email in hand when it died is lost, never doubled.
    assert len(mail.outbox) == 3 + len(more) - 1
    assert len(set(recipients())) == len(recipients())


@pytest.mark.django_db(transaction=True)
def test_two_workers_sending_one_issue_at_once_send_each_address_once(reference_data):
    for n in range(30):
        SubscriberFactory(email=f"reader{n:02d}@example.net")
    issue = sending(NewsletterIssueFactory())

    errors = race([lambda: services.issue_send_batch(issue_id=issue.pk, batch_size=50)] * 2)

    assert errors == []
    assert len(mail.outbox) == 30
    assert len(set(recipients())) == 30
    assert Delivery.objects.filter(issue=issue, status="sent").count() == 30
    assert NewsletterIssue.objects.get(pk=issue.pk).status == NewsletterIssue.Status.SENT


def test_a_refused_address_is_recorded_and_not_tried_again(readers):
    issue = sending(NewsletterIssueFactory())
    real_send = services._send

    def refuses_bea(delivery, content, connection):
        if delivery.email == "bea@example.net":
            raise smtplib.SMTPRecipientsRefused({delivery.email: (550, b"No such user")})
        real_send(delivery, content, connection)

    with mock.patch.object(services, "_send", refuses_bea):
        assert services.issue_send_batch(issue_id=issue.pk) == "sent"

    failed = Delivery.objects.get(status="failed")
    assert failed.email == "bea@example.net"
    assert "No such user" in failed.error
    assert failed.sent_at is None
    assert recipients() == ["ann@example.net", "cy@example.net"]


def test_a_mail_server_that_refuses_everything_stops_the_batch_for_a_later_try():
    for n in range(8):
        SubscriberFactory(email=f"reader{n}@example.net")
    issue = sending(NewsletterIssueFactory())

    with (
        mock.patch.object(services, "_send", side_effect=smtplib.SMTPServerDisconnected("down")),
        pytest.raises(services.MailServerDown),
    ):
        services.issue_send_batch(issue_id=issue.pk)

    assert Delivery.objects.filter(status="failed").count() == services.FAILURES_IN_A_ROW
    assert Delivery.objects.filter(status="pending").count() == 8 - services.FAILURES_IN_A_ROW
    assert services.issue_send_batch(issue_id=issue.pk) == "sent"  # the server is back
    assert len(mail.outbox) == 8 - services.FAILURES_IN_A_ROW


def test_someone_who_unsubscribes_during_the_send_is_skipped(readers):
    issue = sending(NewsletterIssueFactory())
    services.issue_send_batch(issue_id=issue.pk, batch_size=1)  # the deliveries exist now
    Subscriber.objects.filter(email="cy@example.net").update(status="unsubscribed")

    services.issue_send_batch(issue_id=issue.pk)

    assert "cy@example.net" not in recipients()
    assert not Delivery.objects.filter(email="cy@example.net").exists()
    assert NewsletterIssue.objects.get(pk=issue.pk).status == NewsletterIssue.Status.SENT


def test_the_list_is_taken_as_it_was_when_sending_started(readers):
    issue = sending(NewsletterIssueFactory())
    services.issue_send_batch(issue_id=issue.pk, batch_size=1)
    SubscriberFactory(email="late@example.net")

    services.issue_send_batch(issue_id=issue.pk)

    assert "late@example.net" not in recipients()


def test_a_stalled_send_is_picked_up_again_by_the_beat(readers, settings):
    issue = sending(NewsletterIssueFactory())
    fresh = sending(NewsletterIssueFactory())
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        send_started_at=timezone.now() - timedelta(hours=1)
    )

    assert services.issues_stalled() == [issue.pk]
    assert resume_newsletter_sending() == 1
    assert NewsletterIssue.objects.get(pk=issue.pk).status == NewsletterIssue.Status.SENT
    assert NewsletterIssue.objects.get(pk=fresh.pk).status == NewsletterIssue.Status.SENDING
    entry = settings.CELERY_BEAT_SCHEDULE["resume-newsletter-sending"]
    assert entry["task"] == "content.tasks.newsletter.resume_newsletter_sending"
    assert entry["schedule"].minute == {0, 15, 30, 45}


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_issue_after_the_commit(reference_data, celery_worker, make_person):
    from network import roles

    editor = make_person(roles.CONTENT_EDITOR)
    for n in range(3):
        SubscriberFactory(email=f"reader{n}@example.net")
    issue = NewsletterIssueFactory()

    with transaction.atomic():
        services.issue_send(issue_id=issue.pk, actor=editor)
        time.sleep(0.3)
        assert not mail.outbox  # the task waits for the commit

    assert wait_for(lambda: len(mail.outbox) == 3), mail.outbox
    assert wait_for(
        lambda: NewsletterIssue.objects.get(pk=issue.pk).status == NewsletterIssue.Status.SENT
    )
    send_newsletter_issue.delay(issue.pk).get(timeout=10)  # a late redelivery sends nothing
    time.sleep(0.3)
    assert len(mail.outbox) == 3


# --- The demo ----------------------------------------------------------------------------------


def test_the_demo_has_subscribers_a_sent_issue_and_a_draft_and_runs_twice_without_doubling():
    demo.seed()
    demo.seed()

    assert Subscriber.objects.count() == len(demo.DEMO_SUBSCRIBERS)
    assert Subscriber.objects.filter(language="fr", status="confirmed").exists()
    assert NewsletterIssue.objects.filter(status="sent").count() == 1
    assert NewsletterIssue.objects.filter(status="draft").count() == 1
    sent = NewsletterIssue.objects.get(status="sent")
    assert sent.deliveries.count() == Subscriber.objects.filter(status="confirmed").count()
    assert all(
        issue.subject_fr and issue.introduction_fr for issue in NewsletterIssue.objects.all()
    )
