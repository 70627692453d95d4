"""The news feeds (RSS and Atom) and the sitemap's news: valid XML, public posts only whoever
asks (never a members-only, draft or scheduled one), newest first, with their categories."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from content.models import Access, Status
from content.sitemaps.news import NewsSitemap
from content.tests.factories import NewsPostFactory, NewsTopicFactory
from tests.factories import picture_file
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

RSS = "/news/feed/rss/"
ATOM = "/news/feed/atom/"
SITEMAP = "/sitemap.xml"
A = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def parse(response) -> ET.Element:
    """The answer as XML: fails the test when it is not well-formed."""
    return ET.fromstring(response.content)  # noqa: S314 (this site's own answer, in a test)


def rss_items(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse(response).find("channel")
    return [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "description": item.findtext("description"),
            "date": item.findtext("pubDate"),
            "categories": [c.text for c in item.findall("category")],
        }
        for item in channel.findall("item")
    ]


def atom_entries(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response)
    return [
        {
            "title": entry.findtext(f"{A}title"),
            "link": entry.find(f"{A}link").get("href"),
            "summary": entry.findtext(f"{A}summary"),
            "categories": [c.get("term") for c in entry.findall(f"{A}category")],
        }
        for entry in feed.findall(f"{A}entry")
    ]


def sitemap_urls(response) -> list[str]:
    assert response.status_code == 200
    return [loc.text for loc in parse(response).iter(f"{SM}loc")]


@pytest.fixture
def mixed_news(db):
    """A public post of each kind, and one of each kind that must never be fed or mapped."""
    training = NewsTopicFactory(slug="training", name="Training", name_fr="Formation")
    public = NewsPostFactory(
        slug="workshop-dates",
        title="Workshop dates & places",
        summary="Two days <in> Toronto.",
        published_at=timezone.now() - timedelta(days=1),
    )
    public.topics.set([training])
    older = NewsPostFactory(
        slug="older", title="Older news", published_at=timezone.now() - timedelta(days=9)
    )
    hidden = [
        NewsPostFactory(slug="members-only", title="SECRET members", access=Access.MEMBERS),
        NewsPostFactory(slug="full-only", title="SECRET full", access=Access.FULL_MEMBERS),
        NewsPostFactory(slug="a-draft", title="SECRET draft", status=Status.DRAFT),
        NewsPostFactory(
            slug="scheduled",
            title="SECRET scheduled",
            published_at=timezone.now() + timedelta(days=1),
        ),
    ]
    for post in hidden:
        post.topics.set([training])
    return public, older


def test_the_rss_feed_is_valid_xml_with_the_public_posts_newest_first(client, mixed_news):
    items = rss_items(client.get(RSS))

    assert [item["title"] for item in items] == ["Workshop dates & places", "Older news"]
    first = items[0]
    assert first["link"] == "http://testserver/news/workshop-dates/"
    # HTML for readers: the plain summary is escaped once more, so "<in>" is text, not a tag.
    assert first["description"] == "Two days &lt;in&gt; Toronto."
    assert first["categories"] == ["Training"]
    assert first["date"].endswith("+0000")


def test_the_atom_feed_is_valid_xml_with_the_public_posts(client, mixed_news):
    entries = atom_entries(client.get(ATOM))

    assert [entry["title"] for entry in entries] == ["Workshop dates & places", "Older news"]
    assert entries[0]["link"] == "http://testserver/news/workshop-dates/"
    assert entries[0]["categories"] == ["Training"]


@pytest.mark.parametrize("feed", [RSS, ATOM])
@pytest.mark.parametrize("who", ["anonymous", "full_member", "content_editor", "network_admin"])
def test_feeds_carry_public_posts_only_whoever_asks(client, request, mixed_news, feed, who):
    response = sign_in(client, request.getfixturevalue(who)).get(feed)

    assert response.status_code == 200
    body = response.content.decode()
    assert "SECRET" not in body
    for slug in ["members-only", "full-only", "a-draft", "scheduled"]:
        assert f"/news/{slug}/" not in body


@pytest.mark.parametrize("feed", [RSS, ATOM])
def test_a_feed_narrowed_to_a_topic_carries_that_topics_public_posts(client, mixed_news, feed):
    response = client.get(feed, {"topic": "training"})

    body = response.content.decode()
    assert response.status_code == 200
    assert "Workshop dates" in body
    assert "Older news" not in body
    assert "SECRET" not in body
    assert "<title>News from the Ontario Peer Support Network: Training</title>" in body


@pytest.mark.parametrize("feed", [RSS, ATOM])
def test_a_feed_for_a_topic_that_does_not_exist_is_not_found(client, feed):
    assert client.get(feed, {"topic": "no-such-topic"}).status_code == 404


def test_a_feed_asked_for_in_french_is_in_french(client, mixed_news):
    client.cookies["django_language"] = "fr"

    response = client.get(RSS)

    channel = parse(response).find("channel")
    assert channel.findtext("language") == "fr"
    assert channel.find("item").findtext("category") == "Formation"


def test_a_feed_carries_at_most_twenty_posts_in_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    topics = [NewsTopicFactory() for _ in range(3)]
    for _ in range(30):
        NewsPostFactory().topics.set(topics)

    # The posts, their topics, their LHINs, and the request's savepoint and its release.
    with django_assert_max_num_queries(5):
        response = client.get(RSS)

    assert len(rss_items(response)) == 20


def test_the_sitemap_maps_public_posts_only(client, mixed_news, full_member):
    urls = sitemap_urls(sign_in(client, full_member).get(SITEMAP))

    assert "http://testserver/news/workshop-dates/" in urls
    assert "http://testserver/news/older/" in urls
    for slug in ["members-only", "full-only", "a-draft", "scheduled"]:
        assert f"http://testserver/news/{slug}/" not in urls


def test_the_sitemaps_news_runs_a_fixed_number_of_queries(django_assert_max_num_queries):
    for _ in range(30):
        NewsPostFactory()

    # Its own section only: the other parts' sections pin theirs.
    with django_assert_max_num_queries(2):  # the count and the page of posts
        urls = NewsSitemap().get_urls(site=SimpleNamespace(domain="testserver"))

    assert len(urls) == 30


def test_feed_and_post_pages_announce_the_feeds(client, mixed_news):
    public, _older = mixed_news

    for url in ["/news/", public.get_absolute_url()]:
        page = client.get(url).content.decode()
        assert (
            f'<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="{RSS}">'
            in page
        )
        assert (
            f'<link rel="alternate" type="application/atom+xml" title="News (Atom)" href="{ATOM}">'
            in page
        )


def test_a_signed_out_crawl_of_the_news_finds_no_members_only_text_anywhere(client, mixed_news):
    members_picture = NewsPostFactory(
        slug="members-picture",
        title="SECRET picture post",
        access=Access.MEMBERS,
        image=picture_file(),
        image_alt="SECRET alt",
    )
    links = re.compile(
        r'(?:href|src)="(?:http://testserver)?(/news/[^"]*)"|<(?:link|loc)>'
        r"http://testserver(/news/[^<]*)<"
    )
    seen: set[str] = set()
    queue = ["/news/", RSS, ATOM, SITEMAP, "/news/?topic=training"]
    while queue and len(seen) < 200:
        url = queue.pop().replace("&amp;", "&")
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or response["Content-Type"].startswith("image/"):
            continue
        body = response.content.decode()
        assert "SECRET" not in body, url
        for slug in ["members-only", "full-only", "a-draft", "scheduled", "members-picture"]:
            assert f"/news/{slug}/" not in body, url
        queue += [a or b for a, b in links.findall(body)]

    assert {"/news/workshop-dates/", "/news/older/"} <= seen  # the crawl reached the posts
    assert client.get(members_picture.picture_url).status_code == 302
