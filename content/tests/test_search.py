"""The site search: one box over pages, news, events, resources, job postings, training and
speakers; ranked, highlighted (and escaped), paginated, and filtered by what each person may see.
"""

from datetime import timedelta

import pytest
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.utils import timezone

from content.models import Access, NewsTopic, Page, Status
from content.selectors import search as selectors
from network.search import bilingual_query
from speakers.tests.factories import SpeakerFactory, TopicFactory
from tests.plugin import sign_in
from training.tests.factories_catalogue import CourseFactory

from .factories import (
    EventFactory,
    JobPostingFactory,
    NewsPostFactory,
    PageFactory,
    ResourceFactory,
)

pytestmark = pytest.mark.django_db

SEARCH = "/search/"
REQUEST_TRANSACTION = 2  # SAVEPOINT and RELEASE of the request's transaction, in tests


def _titles(response) -> list[str]:
    return [result.title for result in response.context["page"].object_list]


def _kinds(response) -> list[str]:
    return [result.kind for result in response.context["page"].object_list]


# --- ranking and languages -----------------------------------------------------------------------


def test_a_title_match_ranks_above_a_summary_match_and_a_body_match(client):
    PageFactory(title="About us", body="<p>We talk about boundaries in peer work.</p>")
    NewsPostFactory(title="Peer news", summary="Setting boundaries with care.")
    ResourceFactory(title="Boundaries in peer support")
    PageFactory(title="Budgets")

    response = client.get(SEARCH + "?q=boundaries")

    assert _titles(response) == ["Boundaries in peer support", "Peer news", "About us"]
    assert _kinds(response) == ["resource", "news", "page"]


def test_english_stemming_finds_other_forms_of_a_word(client):
    EventFactory(title="Listening circle")

    assert _titles(client.get(SEARCH + "?q=listened")) == ["Listening circle"]


def test_french_stemming_finds_french_text_and_a_french_reader_sees_it_in_french(client):
    Page.objects.all().delete()  # the statements (a data migration) speak of limits too
    PageFactory(
        title="Boundaries",
        title_fr="Les limites dans le travail de pair aidant",
        body_fr="<p>Des formations sur la sécurité personnelle des pairs aidants.</p>",
    )
    PageFactory(title="Other page")

    for q in ("limite", "formation", "sécurité", "aidant"):
        assert _titles(client.get(SEARCH + f"?q={q}")) == ["Boundaries"], q

    client.cookies["django_language"] = "fr"
    response = client.get(SEARCH + "?q=formation")
    assert _titles(response) == ["Les limites dans le travail de pair aidant"]
    excerpt = response.context["page"].object_list[0].excerpt
    assert "<mark>formations</mark>" in excerpt
    assert "personnelle" in excerpt


def test_a_french_reader_sees_the_english_text_of_a_row_without_french(client):
    ResourceFactory(title="Harm reduction tool kit", title_fr="", summary="Naloxone and more.")
    client.cookies["django_language"] = "fr"

    response = client.get(SEARCH + "?q=naloxone")

    assert _titles(response) == ["Harm reduction tool kit"]
    assert "<mark>Naloxone</mark>" in response.context["page"].object_list[0].excerpt


# --- highlights ----------------------------------------------------------------------------------


def test_highlights_mark_the_matches_and_escape_everything_stored(client):
    PageFactory(
        title="<script>alert('title')</script> Boundaries",
        summary="<b>Bold</b> boundaries",
        body=(
            "<p>Talking about boundaries &amp; limits &lt;img src=x onerror=alert(1)&gt; "
            "in peer work.</p>"
        ),
    )

    page = client.get(SEARCH + "?q=boundaries").content.decode()

    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Boundaries" in page
    assert "<b>Bold</b>" not in page
    assert "Bold <mark>boundaries</mark>" in page  # ts_headline leaves tags out
    assert "<mark>boundaries</mark> &amp; limits &lt;img src=x onerror=alert(1)&gt;" in page
    assert "<img src=x" not in page


def test_a_highlight_keeps_only_its_own_marks():
    start, stop = selectors.MARK_START, selectors.MARK_STOP

    html = selectors._highlight(f"a <b>{start}x</b>{stop} &lt;i&gt; {stop}<script>{start}")

    assert html == "a &lt;b&gt;<mark>x&lt;/b&gt;</mark> &lt;i&gt; &lt;script&gt;"


# --- who finds what -------------------------------------------------------------------------------

ROLES = {
    # role fixture: the access levels it may read
    "anonymous": {Access.PUBLIC},
    "outsider": {Access.PUBLIC},
    "supporting_member": {Access.PUBLIC, Access.MEMBERS},
    "full_member": {Access.PUBLIC, Access.MEMBERS, Access.FULL_MEMBERS},
    "content_editor": {Access.PUBLIC, Access.MEMBERS, Access.FULL_MEMBERS},
}
FACTORIES = {
    "page": (PageFactory, "title"),
    "news": (NewsPostFactory, "title"),
    "event": (EventFactory, "title"),
    "resource": (ResourceFactory, "title"),
    "job": (JobPostingFactory, "role"),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("kind", FACTORIES)
def test_each_person_finds_only_the_content_they_may_read(client, request, role, kind):
    factory, title_field = FACTORIES[kind]
    titles = {}
    for access in Access:
        title = f"Lantern {kind} {access.name.lower()}"
        factory(**{title_field: title, "access": access})
        titles[access] = title
    sign_in(client, request.getfixturevalue(role))

    response = client.get(SEARCH + f"?q=lantern&kind={kind}")

    shown = {title.split(",")[0] for title in _titles(response)}
    assert shown == {titles[access] for access in ROLES[role]}


@pytest.mark.parametrize("role", ROLES)
def test_a_public_page_under_a_members_only_page_is_members_only_in_the_search(
    client, request, role
):
    handbook = PageFactory(title="Member handbook", access=Access.MEMBERS)
    PageFactory(parent=handbook, title="Lantern chapter", access=Access.PUBLIC)
    sign_in(client, request.getfixturevalue(role))

    found = _titles(client.get(SEARCH + "?q=lantern"))

    assert found == (["Lantern chapter"] if Access.MEMBERS in ROLES[role] else [])


def test_no_count_or_excerpt_gives_a_members_only_item_away(client):
    PageFactory(title="Lantern public")
    NewsPostFactory(title="Lantern secret", body="<p>Lantern secret words</p>", access=2)

    response = client.get(SEARCH + "?q=lantern")

    page = response.content.decode()
    assert "secret" not in page
    assert response.context["counts"] == [("page", "Pages", 1)]
    assert "1 result for" in page


@pytest.mark.parametrize("role", ["anonymous", "full_member", "content_editor"])
def test_drafts_and_scheduled_items_are_never_found_not_even_by_editors(client, request, role):
    later = timezone.now() + timedelta(days=2)
    PageFactory(title="Lantern draft page", status=Status.DRAFT)
    PageFactory(title="Lantern scheduled page", publish_at=later)
    NewsPostFactory(title="Lantern draft news", status=Status.DRAFT)
    NewsPostFactory(title="Lantern scheduled news", published_at=later)
    EventFactory(title="Lantern draft event", status=Status.DRAFT)
    ResourceFactory(title="Lantern draft resource", status=Status.DRAFT)
    JobPostingFactory(role="Lantern draft job", status=Status.DRAFT)
    CourseFactory(title="Lantern unpublished course", is_published=False)
    PageFactory(title="Lantern published page", publish_at=timezone.now() - timedelta(hours=1))
    sign_in(client, request.getfixturevalue(role))

    assert _titles(client.get(SEARCH + "?q=lantern")) == ["Lantern published page"]


def test_a_job_posting_is_found_until_its_closing_day_and_not_after(client):
    today = timezone.localdate()
    JobPostingFactory(role="Lantern keeper", organization="Open today", closes_on=today)
    JobPostingFactory(
        role="Lantern keeper", organization="Closed yesterday", closes_on=today - timedelta(days=1)
    )
    JobPostingFactory(
        role="Lantern keeper", organization="Closed long ago", closes_on=today - timedelta(days=90)
    )

    assert _titles(client.get(SEARCH + "?q=lantern")) == ["Lantern keeper, Open today"]


def test_published_courses_are_found_and_link_to_the_catalogue(client):
    course = CourseFactory(title="Lantern training", summary_fr="Formation")

    response = client.get(SEARCH + "?q=lantern")

    [result] = response.context["page"].object_list
    assert (result.kind, result.title, result.url) == (
        "course",
        "Lantern training",
        f"/training/courses/{course.slug}/",
    )


# --- speakers: only what each consented to publish ---------------------------------------------


def test_a_speaker_is_found_by_a_published_bio_and_shown_by_their_public_name(client):
    speaker = SpeakerFactory(approved=True, name="Juniper", bio="I speak about lanterns.")

    response = client.get(SEARCH + "?q=lantern")

    [result] = response.context["page"].object_list
    assert (result.kind, result.title, result.url) == (
        "speaker",
        "Juniper",
        speaker.get_absolute_url(),
    )
    assert "<mark>lanterns</mark>" in result.excerpt


def test_a_speaker_is_never_found_through_a_field_they_keep_private(client):
    harm_reduction = TopicFactory(slug="lantern-topic", name="Lantern topics")
    SpeakerFactory(approved=True, name="Lanternname", show_name=False, bio="Nothing here.")
    SpeakerFactory(approved=True, name="Kept", bio="Lantern bio kept private", show_bio=False)
    SpeakerFactory(approved=True, name="Quiet", topics=[harm_reduction], show_topics=False)
    SpeakerFactory(approved=True, name="Unlisted", bio="Lantern", listed=False)
    SpeakerFactory(approved=True, paused=True, name="Paused", bio="Lantern")
    SpeakerFactory(submitted=True, name="Applicant", bio="Lantern")
    SpeakerFactory(
        approved=True, name="Private", references="Lantern references", availability="Lantern"
    )

    response = client.get(SEARCH + "?q=lantern")

    assert _titles(response) == []
    assert "Lantern" not in response.content.decode().replace('value="lantern"', "")


def test_a_speaker_found_by_a_published_topic_keeps_a_private_name_private(client):
    topic = TopicFactory(slug="lantern-topic", name="Lantern making", name_fr="Lanternes")
    SpeakerFactory(
        approved=True,
        name="Hidden Name",
        show_name=False,
        show_lhins=False,
        show_bio=False,
        bio="Private bio",
        topics=[topic],
    )

    response = client.get(SEARCH + "?q=lantern")

    [result] = response.context["page"].object_list
    assert result.title == "A speaker from the bureau"
    assert result.excerpt == "Lantern making"
    page = response.content.decode()
    assert "Hidden Name" not in page
    assert "Private bio" not in page


# --- pagination, narrowing, query counts ---------------------------------------------------------


def test_results_come_ten_a_page_and_a_page_past_the_end_shows_the_last(client):
    for n in range(25):
        PageFactory(title=f"Lantern {n:02d}")

    first = client.get(SEARCH + "?q=lantern")
    third = client.get(SEARCH + "?q=lantern&page=3")
    past = client.get(SEARCH + "?q=lantern&page=99")
    nonsense = client.get(SEARCH + "?q=lantern&page=abc")

    assert len(_titles(first)) == 10
    assert len(_titles(third)) == 5
    assert _titles(past) == _titles(third)
    assert _titles(nonsense) == _titles(first)
    every = _titles(first) + _titles(client.get(SEARCH + "?q=lantern&page=2")) + _titles(third)
    assert sorted(every) == [f"Lantern {n:02d}" for n in range(25)]
    assert "Page 1 of 3" in first.content.decode()
    assert 'href="?q=lantern&amp;page=2"' in first.content.decode()


def test_narrowing_by_kind_lists_that_kind_and_counts_every_kind(client):
    PageFactory(title="Lantern page")
    NewsPostFactory(title="Lantern news")
    NewsPostFactory(title="Lantern news again")
    EventFactory(title="Lantern event")

    response = client.get(SEARCH + "?q=lantern&kind=news")

    assert sorted(_titles(response)) == ["Lantern news", "Lantern news again"]
    assert response.context["counts"] == [
        ("page", "Pages", 1),
        ("news", "News", 2),
        ("event", "Events", 1),
    ]
    page = response.content.decode()
    assert '<a href="?q=lantern&amp;kind=news" aria-current="page">News (2)</a>' in page
    assert '<a href="?q=lantern">Everything (4)</a>' in page
    assert "2 results for “lantern”" in page


def _thirty_of_every_kind(n: int = 30) -> None:
    topic = TopicFactory(slug="lantern-topic", name="Lanterns")
    for i in range(n):
        PageFactory(title=f"Lantern page {i}")
        NewsPostFactory(title=f"Lantern news {i}")
        EventFactory(title=f"Lantern event {i}")
        ResourceFactory(title=f"Lantern resource {i}")
        JobPostingFactory(role=f"Lantern job {i}")
        CourseFactory(title=f"Lantern course {i}")
        SpeakerFactory(approved=True, bio=f"Lantern {i}", topics=[topic])


# The request's transaction; the counts of each kind; the ranked page; one query per kind on the
# page (seven at most) and the speakers' regions and topics.
SEARCH_QUERIES = REQUEST_TRANSACTION + 1 + 1 + 7 + 2


def test_a_search_runs_the_same_queries_for_thirty_rows_of_every_kind_or_ninety(
    assert_page_queries,
):
    _thirty_of_every_kind()
    for kind in ["", "page", "speaker"]:
        response = assert_page_queries(f"{SEARCH}?q=lantern&kind={kind}", SEARCH_QUERIES)
        assert len(response.context["page"].object_list) == 10
    _thirty_of_every_kind()
    response = assert_page_queries(f"{SEARCH}?q=lantern", SEARCH_QUERIES)
    assert response.context["total"] == 7 * 60


def test_a_page_mixing_every_kind_still_runs_a_fixed_number_of_queries(assert_page_queries):
    for _kind, (factory, field) in FACTORIES.items():
        factory(**{field: "Lantern"})
    CourseFactory(title="Lantern")
    SpeakerFactory(approved=True, name="Lantern")

    response = assert_page_queries(f"{SEARCH}?q=lantern", SEARCH_QUERIES)

    assert sorted(_kinds(response)) == sorted([*FACTORIES, "course", "speaker"])


@pytest.mark.parametrize(
    ("kind", "index"),
    [
        ("page", "page_search"),
        ("news", "news_search"),
        ("event", "event_search"),
        ("resource", "resource_search"),
        ("job", "job_search"),
        ("course", "course_search"),
    ],
)
def test_each_source_searches_the_expression_its_full_text_index_is_built_on(kind, index):
    source = selectors.SOURCES[kind]
    matching = source.model.objects.annotate(search=source.vector()).filter(
        search=bilingual_query("lantern")
    )
    sql, params = matching.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # tiny tables are scanned otherwise
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert index in plan, plan


# --- odd input -----------------------------------------------------------------------------------


def test_an_empty_search_shows_the_form_and_a_hint(client):
    for url in (SEARCH, SEARCH + "?q=", SEARCH + "?q=++&kind=news"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Type a word or two" in response.content.decode()
        assert response.context["page"] is None


def test_punctuation_alone_finds_nothing_and_says_why(client):
    PageFactory(title="Anything")

    response = client.get(SEARCH + "?q=%22%27%3A%26%7C%21%3F...")

    assert response.status_code == 200
    assert "Punctuation alone finds nothing" in response.content.decode()


def test_a_query_of_ten_thousand_characters_is_refused_with_a_message_and_kept(client):
    response = client.get(SEARCH + "?q=" + "peer" * 2500)

    assert response.status_code == 400
    page = response.content.decode()
    assert "Please use at most 200 characters (you used 10000)" in page
    assert 'aria-invalid="true"' in page
    assert "peer" * 2500 in page  # what was typed is kept


def test_an_unknown_kind_is_refused_with_a_message(client):
    response = client.get(SEARCH + "?q=peer&kind=secrets")

    assert response.status_code == 400
    assert "Please choose one of the kinds listed." in response.content.decode()


@pytest.mark.parametrize(
    "q",
    [
        "'",
        '"',
        '"unclosed quote',
        "\\",
        "peer\\",
        "&|!",
        "peer & | ! support",
        ":*",
        "peer:*",
        "!(peer",
        "peer <-> support",
        "-peer",
        "or",
        "peer OR",
        "'; DROP TABLE content_page; --",
        "%_%",
        "pair aidant·e",
        "émotions Ünïcödé",
        "同伴支持",
        "🙂 peer",
        "\u200b",
        "\ue000peer\ue001",
    ],
)
def test_odd_input_is_never_a_server_error(client, q):
    PageFactory(title="Peer support")

    response = client.get(SEARCH, {"q": q})

    assert response.status_code == 200, response.content.decode()[:2000]


def test_a_nul_byte_is_refused_with_a_message(client):
    response = client.get(SEARCH, {"q": "peer\x00support"})

    assert response.status_code == 400
    assert "Please search with letters, digits and punctuation only." in response.content.decode()


# --- the header box, and sources added later -----------------------------------------------------


def test_every_page_has_the_search_box_in_its_header_at_no_query(assert_page_queries):
    response = assert_page_queries("/support-now/", REQUEST_TRANSACTION + 1)

    page = response.content.decode()
    assert '<form class="site-search" role="search" action="/search/" method="get">' in page
    assert '<label class="site-search__label" for="site-search-q">Search the site</label>' in page


def test_the_search_page_has_one_search_form(client):
    page = client.get(SEARCH).content.decode()

    assert page.count('role="search"') == 1
    assert page.count("<h1") == 1
    assert '<meta name="robots" content="noindex">' in page


class TopicSource(selectors.ModelSource):
    """A kind another app could add (as the forums will), here over news topics."""

    kind = "topic"
    label = "Topics"
    noun = "Topic"
    model = NewsTopic
    title_field = "name"
    excerpt_fields = ("name",)
    rich_text_fields = ()

    def visible(self, user):
        return NewsTopic.objects.all()

    def vector(self):
        return SearchVector("name", config="english")

    def result(self, row):
        return selectors.SearchResult(
            kind=self.kind,
            kind_label=self.noun,
            title=row.display_name,
            url=f"/topics/{row.slug}/",
            excerpt=selectors._highlight(row.excerpt),
        )


def test_a_source_registered_by_another_app_is_searched_and_offered_as_a_kind(client, monkeypatch):
    monkeypatch.setitem(selectors.SOURCES, "topic", TopicSource())
    NewsTopic.objects.create(slug="lanterns", name="Lanterns")
    PageFactory(title="Lantern page")

    response = client.get(SEARCH + "?q=lantern&kind=topic")

    assert _titles(response) == ["Lanterns"]
    assert '<option value="topic" selected>Topics</option>' in response.content.decode()
    assert response.context["total"] == 2
