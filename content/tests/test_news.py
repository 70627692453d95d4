"""The news pages: the list (newest first, filters by topic and LHIN, pagination, pinned query
counts), a post (members-only, draft and scheduled posts), and its picture behind the same
check; every page shows each person only what they may see."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.formats import date_format

from content.demo import news as demo
from content.models import Access, NewsPost, NewsTopic, Status
from content.tests.factories import NewsPostFactory, NewsTopicFactory
from network.models import LHIN
from tests.factories import picture_file
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

NEWS = "/news/"


def lhin(number: int) -> LHIN:
    return LHIN.objects.get(number=number)


def results(page: str) -> str:
    """The posts found, without the filters above them (which name every topic)."""
    return page[page.index('id="results"') :]


def titles(page: str) -> list[str]:
    return re.findall(r'<h3><a href="/news/[^"]+/">([^<]+)</a></h3>', page)


def tagged(post: NewsPost, *, topics=(), lhins=()) -> NewsPost:
    post.topics.set(topics)
    post.lhins.set(lhins)
    return post


HIDDEN = {
    "a draft": {"status": Status.DRAFT},
    "a scheduled post": {"published_at_delta": timedelta(days=2)},
    "a members-only post": {"access": Access.MEMBERS},
    "a full-members-only post": {"access": Access.FULL_MEMBERS},
}


def hidden_post(kind: str, **kwargs) -> NewsPost:
    options = dict(HIDDEN[kind])
    delta = options.pop("published_at_delta", None)
    if delta is not None:
        options["published_at"] = timezone.now() + delta
    return NewsPostFactory(title="Hidden news", summary="Secret summary", **options, **kwargs)


# --- The list ------------------------------------------------------------------------------------


def test_the_list_shows_published_posts_newest_first_with_their_picture_date_summary_and_tags(
    client,
):
    older = NewsPostFactory(
        title="Older news", published_at=timezone.now() - timedelta(days=30), summary="Old one."
    )
    newer = tagged(
        NewsPostFactory(
            title="Newer news",
            summary="The newest summary.",
            image=picture_file(),
            image_alt="Peers around a table",
        ),
        topics=[NewsTopicFactory(name="Harm reduction")],
        lhins=[lhin(13)],
    )

    response = client.get(NEWS)

    assert response.status_code == 200
    page = results(response.content.decode())
    assert titles(page) == ["Newer news", "Older news"]
    assert "The newest summary." in page
    assert f'src="{newer.picture_url}" alt="Peers around a table"' in page
    assert "/media/" not in page
    assert "Harm reduction" in page
    assert "North East" in page
    assert f'<time datetime="{timezone.localtime(older.published_at).isoformat()}">' in page
    assert "2 posts" in page


@pytest.mark.parametrize("kind", HIDDEN)
def test_drafts_scheduled_and_members_only_posts_are_not_listed_to_the_public(client, kind):
    NewsPostFactory(title="Public news")
    hidden = hidden_post(kind)

    page = client.get(NEWS).content.decode()

    assert "Public news" in page
    assert "Hidden news" not in page
    assert "Secret summary" not in page
    assert hidden.slug not in page


def test_members_see_members_only_posts_and_full_members_see_theirs_too(
    client, full_member, supporting_member
):
    NewsPostFactory(title="For members", access=Access.MEMBERS)
    NewsPostFactory(title="For full members", access=Access.FULL_MEMBERS)

    supporting = results(sign_in(client, supporting_member).get(NEWS).content.decode())
    full = results(sign_in(client, full_member).get(NEWS).content.decode())

    assert "For members" in supporting
    assert "For full members" not in supporting
    assert "For members" in full
    assert "For full members" in full
    assert "Members only" in full  # members are told which posts are not for sharing


def test_signed_in_people_without_a_membership_see_only_public_posts(client, outsider):
    NewsPostFactory(title="For members", access=Access.MEMBERS)

    page = sign_in(client, outsider).get(NEWS).content.decode()

    assert "For members" not in page


@pytest.mark.parametrize("kind", ["a draft", "a scheduled post"])
def test_editors_preview_drafts_and_scheduled_posts_on_their_page_not_in_the_list(
    client, content_editor, kind
):
    hidden = hidden_post(kind)

    sign_in(client, content_editor)

    assert "Hidden news" not in client.get(NEWS).content.decode()
    assert client.get(hidden.get_absolute_url()).status_code == 200


def test_a_scheduled_post_appears_by_itself_when_its_time_comes(client):
    post = NewsPostFactory(title="Soon", published_at=timezone.now() + timedelta(minutes=5))
    assert "Soon" not in client.get(NEWS).content.decode()

    NewsPost.objects.filter(pk=post.pk).update(published_at=timezone.now() - timedelta(seconds=1))

    assert "Soon" in client.get(NEWS).content.decode()


def test_the_list_filters_by_topic_and_keeps_the_choice(client):
    training = NewsTopicFactory(slug="training", name="Training")
    tagged(NewsPostFactory(title="Workshop dates"), topics=[training])
    NewsPostFactory(title="Board news")

    response = client.get(NEWS, {"topic": "training"})

    page = response.content.decode()
    assert titles(results(page)) == ["Workshop dates"]
    assert '<option value="training" selected>Training</option>' in page


def test_the_list_filters_by_lhin(client):
    tagged(NewsPostFactory(title="Sudbury circle"), lhins=[lhin(13)])
    tagged(NewsPostFactory(title="Ottawa circle"), lhins=[lhin(11)])

    page = client.get(NEWS, {"lhin": lhin(13).slug}).content.decode()

    assert titles(results(page)) == ["Sudbury circle"]


def test_a_filter_that_matches_nothing_says_so(client):
    NewsTopicFactory(slug="events", name="Events")
    NewsPostFactory(title="Untagged")

    page = client.get(NEWS, {"topic": "events"}).content.decode()

    assert "0 posts" in page
    assert "No news matches" in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("topic", "no-such-topic", "Please choose one of the topics listed."),
        ("lhin", "<script>alert(1)</script>", "Please choose one of the 14 LHIN regions listed."),
    ],
)
def test_a_bad_filter_value_is_refused_with_a_message_on_its_field(client, field, value, message):
    response = client.get(NEWS, {field: value})

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert f'href="#id_{field}"' in page  # the summary links to the field
    assert 'aria-invalid="true"' in page
    assert "<script>alert(1)</script>" not in page
    assert 'id="results"' not in page


def test_the_list_has_ten_posts_a_page(client):
    for day in range(12):
        NewsPostFactory(
            title=f"Post of day {day:02}", published_at=timezone.now() - timedelta(days=day)
        )

    first = results(client.get(NEWS).content.decode())
    second = results(client.get(NEWS, {"page": 2}).content.decode())

    assert len(titles(first)) == 10
    assert titles(second) == ["Post of day 10", "Post of day 11"]
    assert "Page 2 of 2" in second
    assert "12 posts" in first


def test_pages_keep_the_filter(client):
    topic = NewsTopicFactory(slug="events", name="Events")
    for _ in range(11):
        tagged(NewsPostFactory(), topics=[topic])

    page = client.get(NEWS, {"topic": "events"}).content.decode()

    assert 'href="?topic=events&amp;page=2"' in page


def _many_posts(count: int = 30) -> None:
    topics = [NewsTopicFactory() for _ in range(4)]
    lhins = list(LHIN.objects.all()[:4])
    for index in range(count):
        tagged(
            NewsPostFactory(
                access=Access.MEMBERS if index % 3 == 0 else Access.PUBLIC,
                image=picture_file() if index % 5 == 0 else "",
                image_alt="A picture",
            ),
            topics=topics[: index % 4 + 1],
            lhins=lhins[: index % 3],
        )


@pytest.mark.parametrize("who", ["anonymous", "full_member", "content_editor"])
def test_the_list_runs_a_fixed_number_of_queries_however_many_posts(
    client, assert_page_queries, request, who
):
    _many_posts(30)
    sign_in(client, request.getfixturevalue(who))

    # Count, posts, topics, LHINs, the filters' two lists; the session, the person and their
    # roles when signed in.
    response = assert_page_queries(f"{NEWS}?page=2", 10)
    assert len(titles(results(response.content.decode()))) == 10
    # A filter adds the lookup of its topic.
    assert_page_queries(f"{NEWS}?topic={NewsTopic.objects.first().slug}", 11)


# --- A post --------------------------------------------------------------------------------------


def test_a_public_post_shows_its_title_date_picture_body_and_tags(client):
    post = tagged(
        NewsPostFactory(
            title="Welcome",
            body="<p>The whole story.</p>",
            image=picture_file(),
            image_alt="Five circles",
        ),
        topics=[NewsTopicFactory(name="Network news", slug="network-news")],
        lhins=[lhin(7)],
    )

    response = client.get(post.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1>") == 1
    assert "<h1>Welcome</h1>" in page
    assert "<p>The whole story.</p>" in page
    assert f'src="{post.picture_url}" alt="Five circles"' in page
    assert '<a href="/news/?topic=network-news">Network news</a>' in page
    assert "Toronto Central" in page
    assert 'type="application/rss+xml"' in page
    assert 'type="application/atom+xml"' in page
    assert "Preview" not in page
    assert "Edit this post" not in page


def test_a_post_is_shown_in_french_and_falls_back_to_english_where_it_is_not_translated(client):
    translated = NewsPostFactory(title="Welcome", title_fr="Bienvenue", body_fr="<p>Bonjour.</p>")
    untranslated = NewsPostFactory(title="Only English", title_fr="", body="<p>Hello.</p>")
    client.cookies["django_language"] = "fr"

    french = client.get(translated.get_absolute_url()).content.decode()
    english = client.get(untranslated.get_absolute_url()).content.decode()

    assert "<h1>Bienvenue</h1>" in french
    assert "<p>Bonjour.</p>" in french
    assert 'lang="fr"' in french
    assert "<h1>Only English</h1>" in english
    assert '<article class="news-post" lang="en">' in english


def test_scripts_and_event_handlers_in_a_body_never_reach_the_page(client):
    post = NewsPostFactory(
        body='<p onclick="steal()">Hi<script>alert(1)</script><img src=x onerror="alert(2)"></p>'
        '<a href="javascript:alert(3)">link</a>'
    )

    page = client.get(post.get_absolute_url()).content.decode()

    assert "alert(" not in page
    assert "onclick" not in page
    assert "onerror" not in page
    assert "<p>Hi" in page


@pytest.mark.parametrize(
    ("access", "who", "status"),
    [
        (Access.MEMBERS, "anonymous", 302),
        (Access.MEMBERS, "outsider", 404),
        (Access.MEMBERS, "coordinator", 404),
        (Access.MEMBERS, "supporting_member", 200),
        (Access.MEMBERS, "full_member", 200),
        (Access.FULL_MEMBERS, "anonymous", 302),
        (Access.FULL_MEMBERS, "supporting_member", 404),
        (Access.FULL_MEMBERS, "full_member", 200),
        (Access.FULL_MEMBERS, "content_editor", 200),
        (Access.FULL_MEMBERS, "network_admin", 200),
    ],
)
def test_a_members_only_post_is_for_those_it_is_meant_for(client, request, access, who, status):
    post = NewsPostFactory(access=access, title="Members gathering")

    response = sign_in(client, request.getfixturevalue(who)).get(post.get_absolute_url())

    assert response.status_code == status
    if status == 302:
        assert response["Location"] == f"/accounts/login/?next={post.get_absolute_url()}"
    if status == 404:
        assert "Members gathering" not in response.content.decode()


@pytest.mark.parametrize("kind", ["a draft", "a scheduled post"])
@pytest.mark.parametrize("who", ["anonymous", "full_member", "outsider"])
def test_a_draft_or_scheduled_post_is_not_found_by_anyone_but_editors(client, request, kind, who):
    # Members-only too: a sign-in page would tell the signed-out that it exists.
    post = hidden_post(kind, access=Access.MEMBERS)

    response = sign_in(client, request.getfixturevalue(who)).get(post.get_absolute_url())

    assert response.status_code == 404


@pytest.mark.parametrize("who", ["content_editor", "network_admin"])
def test_editors_preview_a_draft_with_a_banner_and_a_link_to_edit_it(client, request, who):
    post = NewsPostFactory(status=Status.DRAFT, published_at=None, title="Work in progress")

    page = sign_in(client, request.getfixturevalue(who)).get(post.get_absolute_url())

    text = page.content.decode()
    assert "Preview of a draft." in text
    assert "Only editors see this post until it is published." in text
    assert f'href="/admin/content/newspost/{post.pk}/change/"' in text


def test_editors_preview_a_scheduled_post_with_the_date_it_will_appear(client, content_editor):
    when = timezone.now() + timedelta(days=3)
    post = NewsPostFactory(published_at=when)

    text = sign_in(client, content_editor).get(post.get_absolute_url()).content.decode()

    assert "Preview of a scheduled post." in text
    shown = date_format(timezone.localtime(when), "DATETIME_FORMAT")
    assert f"Only editors see this post until it appears on {shown}." in text


def test_an_unknown_post_is_not_found(client):
    assert client.get("/news/no-such-post/").status_code == 404


def test_a_post_runs_a_fixed_number_of_queries(client, assert_page_queries, full_member):
    post = tagged(
        NewsPostFactory(access=Access.MEMBERS),
        topics=[NewsTopicFactory() for _ in range(5)],
        lhins=list(LHIN.objects.all()[:5]),
    )
    sign_in(client, full_member)

    # The post, its topics and LHINs; the session, the person and their roles.
    assert_page_queries(post.get_absolute_url(), 7)


# --- The picture ---------------------------------------------------------------------------------


def test_a_public_posts_picture_is_served_to_anyone_and_may_be_cached(client):
    post = NewsPostFactory(image=picture_file(), image_alt="A picture")

    response = client.get(post.picture_url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "public" in response["Cache-Control"]
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 302), ("outsider", 404), ("supporting_member", 200), ("content_editor", 200)],
)
def test_a_members_only_posts_picture_follows_the_post(client, request, who, status):
    post = NewsPostFactory(access=Access.MEMBERS, image=picture_file(), image_alt="A picture")

    response = sign_in(client, request.getfixturevalue(who)).get(post.picture_url)

    assert response.status_code == status
    if status == 200:
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]


@pytest.mark.parametrize("who", ["anonymous", "full_member"])
def test_a_drafts_picture_is_not_found_but_by_editors(client, request, content_editor, who):
    post = NewsPostFactory(status=Status.DRAFT, image=picture_file(), image_alt="A picture")

    assert sign_in(client, request.getfixturevalue(who)).get(post.picture_url).status_code == 404
    response = sign_in(client, content_editor).get(post.picture_url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_a_post_without_a_picture_has_no_picture_address(client):
    post = NewsPostFactory()

    assert post.picture_url == ""
    assert client.get(f"/news/{post.slug}/picture/").status_code == 404


def test_a_replaced_picture_gets_a_new_address(client):
    post = NewsPostFactory(image=picture_file(), image_alt="A picture")
    before = post.picture_url

    post.image = picture_file()
    post.save()

    assert post.picture_url != before
    assert client.get(post.picture_url).status_code == 200


# --- The demo ------------------------------------------------------------------------------------


def test_the_demo_runs_twice_and_fills_the_news_in_english_and_french(client, content_editor):
    demo.seed()
    pictures = set(NewsPost.objects.exclude(image="").values_list("image", flat=True))
    demo.seed()

    posts = NewsPost.objects.all()
    assert posts.count() == len(demo.POSTS) >= 12
    assert set(posts.exclude(image="").values_list("image", flat=True)) == pictures  # kept
    assert len(pictures) >= 3
    assert all(post.title_fr and post.body_fr for post in posts)
    assert all(post.image_alt and post.image_alt_fr for post in posts.exclude(image=""))
    assert posts.filter(access=Access.MEMBERS).count() == 1
    assert posts.filter(status=Status.DRAFT).count() == 1
    assert posts.filter(published_at__gt=timezone.now()).count() == 1
    assert posts.filter(lhins__isnull=False).distinct().count() >= 3
    assert {t.name for t in NewsTopic.objects.all()} >= {
        "Network news",
        "Training",
        "Speakers' bureau",
        "Governance",
        "Harm reduction",
        "Events",
    }
    text = " ".join(f"{p.title} {p.summary} {p.body}" for p in posts).lower()
    assert not re.search(r"\baddicts?\b|\babusers?\b", text)
    page = client.get(NEWS).content.decode()
    assert "10 posts" in page  # the public, published and due ones
