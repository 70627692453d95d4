"""Signed out, the whole site gives away nothing that is for members, drafts or scheduled.

Members-only and full-members-only rows of every content model (with a public page under a
members-only page), drafts and scheduled items, an unpublished course and a speaker's private
fields each carry their own marker words, in every field a page could show. A signed-out
visitor then crawls the site from the home page following every same-site link (in English and
in French), reads the sitemap and every address in it, the news and events feeds, and searches
for every marker: no marker may appear in any answer.

Routes another part has not built yet answer 404, which shows no marker: the test checks them all
the same, and means more with every part merged. Public rows carry markers too, as the control
that the crawl and the search do read the content.
"""

import re
from collections import deque
from datetime import timedelta
from urllib.parse import urldefrag, urlsplit

import pytest
from django.test import Client
from django.utils import timezone

from content.models import Access, Status
from content.selectors.search import MAX_QUERY_LENGTH
from content.tests.factories import (
    EventFactory,
    JobPostingFactory,
    NewsPostFactory,
    PageFactory,
    ResourceFactory,
)
from speakers.tests.factories import SafetyPlanFactory, SpeakerFactory
from training.tests.factories_catalogue import CourseFactory

pytestmark = pytest.mark.django_db

MAX_PAGES = 600  # per language: the calendar's "next month" alone would go on for ever
MAX_DEPTH = 6
SKIPPED = (
    "/admin/",
    "/accounts/logout/",
    "/i18n/",
    "/static/",
    "/media/",
    "/editor/upload/",
)
FEEDS = ["/news/feed/rss/", "/news/feed/atom/", "/events/feed.ics"]
TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/atom+xml")
LINK = re.compile(r"""<(?:a|link)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
LOC = re.compile(r"<loc>\s*([^<\s]+)\s*</loc>")

# The fields of each model a page, a list, a feed or a result could show.
FIELDS = {
    "page": (
        PageFactory,
        ["title", "title_fr", "summary", "summary_fr", "body", "body_fr"],
    ),
    "news": (
        NewsPostFactory,
        ["title", "title_fr", "summary", "summary_fr", "body", "body_fr", "image_alt"],
    ),
    "event": (
        EventFactory,
        ["title", "title_fr", "summary", "summary_fr", "description", "description_fr", "place"],
    ),
    "resource": (
        ResourceFactory,
        ["title", "title_fr", "summary", "summary_fr", "body", "body_fr"],
    ),
    "job": (
        JobPostingFactory,
        [
            "role",
            "role_fr",
            "organization",
            "description",
            "description_fr",
            "how_to_apply",
            "how_to_apply_fr",
        ],
    ),
}
RICH_TEXT = {"body", "body_fr", "description", "description_fr", "how_to_apply", "how_to_apply_fr"}


def _marked(kind: str, label: str, **extra) -> tuple[object, list[str]]:
    """A row of `kind` whose every shown field, and its address, holds a marker word."""
    factory, fields = FIELDS[kind]
    values, markers = {}, []
    for name in fields:
        marker = f"zq{label}{kind}{name.replace('_', '')}"
        values[name] = f"<p>Text {marker} here.</p>" if name in RICH_TEXT else f"{marker} words"
        markers.append(marker)
    slug = f"zq-{label}-{kind}"
    markers.append(slug)
    return factory(slug=slug, **values, **extra), markers


@pytest.fixture
def content() -> dict[str, list[str]]:
    """The rows, and their markers: "secret" (never shown signed out) and "public" (control)."""
    now = timezone.now()
    secret: list[str] = []
    public: list[str] = []
    for kind in FIELDS:
        public += _marked(kind, "public")[1]
        secret += _marked(kind, "members", access=Access.MEMBERS)[1]
        secret += _marked(kind, "fullmembers", access=Access.FULL_MEMBERS)[1]
        secret += _marked(kind, "draft", status=Status.DRAFT)[1]
    # A page set public under a members-only page is members-only too.
    handbook = PageFactory(slug="handbook", title="Handbook", access=Access.MEMBERS)
    secret += _marked("page", "inherited", parent=handbook, access=Access.PUBLIC)[1]
    secret += _marked("page", "scheduled", publish_at=now + timedelta(days=3))[1]
    secret += _marked("news", "scheduled", published_at=now + timedelta(days=3))[1]
    # A published course and an unpublished one, and what a listed speaker keeps private.
    CourseFactory(slug="zq-public-course", title="zqpubliccoursetitle", summary="zqpubliccourse")
    public += ["zqpubliccoursetitle"]
    CourseFactory(
        slug="zq-unpublished-course",
        title="zqunpublishedcoursetitle",
        summary="zqunpublishedcoursesummary",
        is_published=False,
    )
    secret += ["zq-unpublished-course", "zqunpublishedcoursetitle", "zqunpublishedcoursesummary"]
    speaker = SpeakerFactory(
        approved=True,
        name="zqprivatespeakername",
        show_name=False,
        bio="zqprivatespeakerbio",
        show_bio=False,
        availability="zqprivatespeakeravailability",
        show_availability=False,
        references="zqprivatespeakerreferences",
        accessibility_needs="zqprivatespeakerneeds",
    )
    SafetyPlanFactory(speaker=speaker, will_speak_about="zqprivatespeakersafetyplan")
    secret += [
        "zqprivatespeakername",
        "zqprivatespeakerbio",
        "zqprivatespeakeravailability",
        "zqprivatespeakerreferences",
        "zqprivatespeakerneeds",
        "zqprivatespeakersafetyplan",
    ]
    return {"secret": secret, "public": public}


def _same_site(href: str, base: str) -> str | None:
    """The path (and query) of a same-site link, or None for anything to leave alone."""
    href = urldefrag(href.strip())[0]
    if not href or href.startswith(("mailto:", "tel:", "sms:", "javascript:", "data:")):
        return None
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        if parts.netloc != "testserver":
            return None
        href = parts.path + (f"?{parts.query}" if parts.query else "")
    elif not href.startswith("/"):
        href = base.rsplit("/", 1)[0] + "/" + href if not href.startswith("?") else base + href
    href = href.replace("&amp;", "&")
    if any(href.startswith(prefix) for prefix in SKIPPED):
        return None
    return href


def _searches(markers: list[str], *, one_each: bool) -> list[str]:
    if one_each:
        return markers
    batches, batch = [], ""
    for marker in markers:
        candidate = f"{batch} or {marker}" if batch else marker
        if len(candidate) > MAX_QUERY_LENGTH:
            batches.append(batch)
            candidate = marker
        batch = candidate
    return [*batches, batch]


class Visitor:
    """A signed-out browser that remembers every answer's text."""

    def __init__(self, language: str):
        self.client = Client()
        self.client.cookies["django_language"] = language
        self.seen: dict[str, tuple[int, str]] = {}

    def get(self, url: str) -> tuple[int, str]:
        if url not in self.seen:
            response = self.client.get(url)
            kind = response.get("Content-Type", "")
            text = ""
            if kind.startswith(TEXT_TYPES):  # pictures and file downloads are not read
                body = (
                    b"".join(response.streaming_content) if response.streaming else response.content
                )
                text = body.decode("utf-8", "replace")
            self.seen[url] = (response.status_code, text)
        return self.seen[url]

    def crawl(self, start: str = "/") -> None:
        queue = deque([(start, 0)])
        queued = {start}
        while queue and len(self.seen) < MAX_PAGES:
            url, depth = queue.popleft()
            status, text = self.get(url)
            if status != 200 or depth >= MAX_DEPTH:
                continue
            for href in LINK.findall(text):
                link = _same_site(href, url.split("?")[0])
                if link and link not in queued:
                    queued.add(link)
                    queue.append((link, depth + 1))

    def leaks(self, markers: list[str]) -> list[str]:
        return [
            f"{marker} in {url}"
            for url, (_status, text) in self.seen.items()
            for marker in markers
            if marker in text
        ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_signed_out_the_whole_site_shows_no_members_only_draft_or_scheduled_text(content, language):
    visitor = Visitor(language)

    visitor.crawl("/")
    crawled = len(visitor.seen)
    _status, sitemap = visitor.get("/sitemap.xml")
    for location in LOC.findall(sitemap):
        visitor.get(_same_site(location, "/") or "/")
    for feed in FEEDS:
        visitor.get(feed)
    # Searched in capitals: the page repeats the query, and only a row's own text is lower-case.
    # One marker a search in English; in French (the same rows, shown in French) several at once.
    for q in _searches(content["secret"] + content["public"], one_each=language == "en"):
        visitor.get(f"/search/?q={q.upper()}")

    assert not visitor.leaks(content["secret"])
    errors = [url for url, (status, _text) in visitor.seen.items() if status >= 500]
    assert not errors, errors
    # The crawl went round the site: the statements, training, the bureau, governance, accounts.
    assert crawled >= 30, sorted(visitor.seen)
    for reached in ("/support-now/", "/training/courses/", "/speakers/directory/", "/governance/"):
        assert any(url.startswith(reached) for url in visitor.seen), reached
    # The control: what is public is found, so the search and the pages did read the content.
    public_text = "\n".join(text for _status, text in visitor.seen.values())
    for kind in [*FIELDS, "course"]:
        title = "role" if kind == "job" else "title"
        assert f"zqpublic{kind}{title}" in public_text, kind
    assert "zqpublicnewstitle" in visitor.get("/")[1]
    assert "zqpubliceventtitle" in visitor.get("/")[1]
