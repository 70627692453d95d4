"""Keeping the library current: the nightly link check (against a local web server, never the
internet) and the weekly digest of resources due for review, each telling editors once."""

import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from content.models import Access, Resource, Status
from content.services import resources as services
from content.tasks.resources import (
    check_resource_links,
    check_resource_links_batch,
    send_review_digest,
)
from network.models import AuditEntry
from tests.plugin import wait_for

from .factories import ResourceFactory

SLOW_SECONDS = 1.5


class _Site(BaseHTTPRequestHandler):
    """A web server with one path per answer the checker must understand."""

    seen: list[tuple[str, str, str]] = []

    def _answer(self, method: str) -> None:
        self.seen.append((method, self.path, self.headers.get("User-Agent", "")))
        if self.path == "/ok":
            self._status(200)
        elif self.path == "/missing":
            self._status(404)
        elif self.path == "/no-head":
            self._status(405 if method == "HEAD" else 200)
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._status(200)
        elif self.path == "/moved":
            self._status(301, location="/ok")
        elif self.path == "/to-a-file":
            self._status(302, location="file:///etc/passwd")
        elif self.path == "/to-ftp":
            self._status(302, location="ftp://127.0.0.1/secret")
        else:
            self._status(500)

    def _status(self, code: int, location: str = "") -> None:
        self.send_response(code)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._answer("HEAD")

    def do_GET(self):
        self._answer("GET")

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def site(monkeypatch):
    """The local server's base address; the checker waits half a second for an answer."""
    monkeypatch.setattr(services, "LINK_TIMEOUT", 0.5)
    _Site.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# --- the checker, one link at a time -----------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/ok", ""),
        ("/moved", ""),
        ("/no-head", ""),
        ("/missing", "HTTP 404 Not Found"),
        ("/slow", "no answer within 0.5 seconds"),
        ("/to-a-file", "HTTP 302 Found - Redirection to url 'file:///etc/passwd' is not"),
        ("/to-ftp", "HTTP 302 redirected to an address that is not a web page"),
    ],
)
def test_the_checker_reads_each_answer_of_a_web_server(site, path, problem):
    found = services.link_check(f"{site}{path}")

    assert found.startswith(problem) if problem else found == ""


def test_the_checker_asks_with_head_first_and_names_itself(site):
    services.link_check(f"{site}/no-head")

    assert [(method, path) for method, path, _agent in _Site.seen] == [
        ("HEAD", "/no-head"),
        ("GET", "/no-head"),
    ]
    assert all(agent == services.LINK_USER_AGENT for _m, _p, agent in _Site.seen)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "data:,x"]
)
def test_the_checker_never_opens_anything_but_a_web_address(url):
    assert services.link_check(url) == "not a web address (http or https)"


def test_a_server_that_is_not_there_is_a_dead_link():
    # Port 9 (discard) on this machine: nothing listens, the connection is refused.
    assert services.link_check("http://127.0.0.1:9/").startswith("cannot connect:")


# --- recording, and telling editors once --------------------------------------------------------


@pytest.mark.django_db
def test_a_link_that_goes_dead_is_told_to_editors_once(
    site, content_editor, django_capture_on_commit_callbacks
):
    gone = ResourceFactory(title="Old toolkit", url=f"{site}/missing")
    fine = ResourceFactory(title="Working guide", url=f"{site}/ok")

    with django_capture_on_commit_callbacks(execute=True):
        first = check_resource_links_batch([gone.pk, fine.pk])
        second = check_resource_links_batch([gone.pk, fine.pk])

    assert first == [gone.pk]
    assert second == []
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [content_editor.email]
    assert message.subject == "A link in the resource library stopped working"
    assert "Old toolkit" in message.body
    assert "HTTP 404 Not Found" in message.body
    assert f"/admin/content/resource/{gone.pk}/change/" in message.body
    gone.refresh_from_db()
    fine.refresh_from_db()
    assert (gone.link_state, gone.link_error) == ("dead", "HTTP 404 Not Found")
    assert (fine.link_state, fine.link_error) == ("ok", "")
    assert gone.link_checked_at is not None


@pytest.mark.django_db
def test_a_link_that_comes_back_and_dies_again_is_told_again(
    site, content_editor, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(url=f"{site}/missing")

    with django_capture_on_commit_callbacks(execute=True):
        check_resource_links_batch([resource.pk])
        Resource.objects.filter(pk=resource.pk).update(url=f"{site}/ok")
        check_resource_links_batch([resource.pk])
        Resource.objects.filter(pk=resource.pk).update(url=f"{site}/missing")
        check_resource_links_batch([resource.pk])

    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_without_content_editors_the_network_administrators_hear_of_dead_links(
    site, network_admin, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(url=f"{site}/missing")

    with django_capture_on_commit_callbacks(execute=True):
        check_resource_links_batch([resource.pk])

    assert [message.to for message in mail.outbox] == [[network_admin.email]]


@pytest.mark.django_db
def test_the_nightly_run_checks_published_links_in_batches_and_not_twice_a_night(
    site, monkeypatch, django_capture_on_commit_callbacks
):
    batches: list[list[int]] = []
    monkeypatch.setattr(
        check_resource_links_batch, "delay_on_commit", lambda pks: batches.append(pks)
    )
    due = [ResourceFactory(url=f"{site}/ok") for _ in range(25)]
    video = ResourceFactory(kind="video", url=f"{site}/ok")
    ResourceFactory(status=Status.DRAFT, url=f"{site}/ok")
    ResourceFactory(kind="tool", url=f"{site}/ok")
    ResourceFactory(kind="document", url="")
    ResourceFactory(url=f"{site}/ok", link_checked_at=timezone.now() - timedelta(hours=2))

    assert check_resource_links() == 26

    assert [len(batch) for batch in batches] == [20, 6]
    assert {pk for batch in batches for pk in batch} == {r.pk for r in [*due, video]}


@pytest.mark.django_db
def test_a_batch_skips_resources_that_were_unpublished_meanwhile(site):
    resource = ResourceFactory(url=f"{site}/missing", status=Status.DRAFT)

    assert check_resource_links_batch([resource.pk, 999_999]) == []
    assert Resource.objects.get(pk=resource.pk).link_state == "unchecked"


def test_the_beat_checks_links_at_night_and_sends_the_digest_weekly():
    links = settings.CELERY_BEAT_SCHEDULE["check-resource-links"]
    digest = settings.CELERY_BEAT_SCHEDULE["send-resource-review-digest"]

    assert links["task"] == "content.tasks.resources.check_resource_links"
    assert links["schedule"].hour == {3}
    assert digest["task"] == "content.tasks.resources.send_review_digest"
    assert digest["schedule"].day_of_week == {1}


# --- the weekly digest --------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_digest_lists_what_needs_review_and_dead_links_once_a_week(
    content_editor, make_person, django_capture_on_commit_callbacks
):
    from network import roles

    other_editor = make_person(roles.CONTENT_EDITOR, email="ed2@example.net")
    monday = date(2026, 3, 2)
    ResourceFactory(title="Stale guide", reviewed_on=monday - timedelta(days=400))
    ResourceFactory(
        title="Stale but hidden draft",
        reviewed_on=monday - timedelta(days=400),
        status=Status.DRAFT,
    )
    ResourceFactory(title="Fresh guide", reviewed_on=monday - timedelta(days=30))
    ResourceFactory(
        title="Gone link", link_state=Resource.LinkState.DEAD, link_error="HTTP 410 Gone"
    )

    with django_capture_on_commit_callbacks(execute=True):
        sent = services.review_digest_send(today=monday)
        again = services.review_digest_send(today=monday + timedelta(days=3))

    assert (sent, again) == (True, False)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ed2@example.net",
        content_editor.email,
    ]
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "Resource library: what needs your attention this week"
    assert "Stale guide" in body
    assert "Gone link" in body
    assert "HTTP 410 Gone" in body
    assert "Fresh guide" not in body
    assert "hidden draft" not in body
    assert "/admin/content/resource/?needs_review=yes" in body
    assert AuditEntry.objects.get(action=services.DIGEST_ACTION).data["week"] == "2026-W10"
    assert other_editor.email == "ed2@example.net"


@pytest.mark.django_db
def test_the_next_week_brings_a_new_digest(content_editor, django_capture_on_commit_callbacks):
    monday = date(2026, 3, 2)
    ResourceFactory(reviewed_on=monday - timedelta(days=400))

    with django_capture_on_commit_callbacks(execute=True):
        services.review_digest_send(today=monday)
        services.review_digest_send(today=monday + timedelta(days=7))

    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_nothing_is_sent_when_the_library_is_current(content_editor):
    ResourceFactory(reviewed_on=timezone.localdate())

    assert send_review_digest() is False
    assert mail.outbox == []


@pytest.mark.django_db
def test_members_only_resources_are_in_the_digest_too(
    content_editor, django_capture_on_commit_callbacks
):
    ResourceFactory(
        title="Members' guide",
        access=Access.MEMBERS,
        reviewed_on=timezone.localdate() - timedelta(days=500),
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert send_review_digest() is True

    assert "Members' guide" in mail.outbox[0].body


# --- the real worker ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_checks_the_links_and_tells_editors_once(site, celery_worker, make_person):
    from network import roles

    editor = make_person(roles.CONTENT_EDITOR, email="editor@example.net")
    gone = ResourceFactory(title="Moved away", url=f"{site}/missing")
    fine = ResourceFactory(title="Still here", url=f"{site}/moved")

    check_resource_links.delay().get(timeout=10)
    assert wait_for(lambda: Resource.objects.get(pk=fine.pk).link_state == "ok")
    assert wait_for(lambda: len(mail.outbox) == 1), mail.outbox
    checked_at = Resource.objects.get(pk=gone.pk).link_checked_at
    # The same night again (or a second worker): every link was just checked, nothing is sent.
    check_resource_links.delay().get(timeout=10)
    time.sleep(0.5)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [editor.email]
    assert "Moved away" in mail.outbox[0].body
    assert Resource.objects.get(pk=gone.pk).link_state == "dead"
    assert Resource.objects.get(pk=gone.pk).link_checked_at == checked_at
