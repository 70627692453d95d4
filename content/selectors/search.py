"""Content selectors: the search part. One search box over everything a person may read.

A small registry of *sources*, one per kind of thing (pages, news, events, resources, job
postings, courses, speakers; forums register themselves later with `register()` from their own
app, without editing this module). Each source answers two questions for a viewer:

- `matches(user, query)`: the rows this viewer may see that match, as `(kind, key, rank)`, on the
  same full-text expression its GIN index is built on, so PostgreSQL uses the index;
- `load(keys, user, query)`: the titles, addresses and highlighted excerpts of a page of them.

`search()` ranks the sources' matches in ONE `UNION ALL` query ordered by rank and sliced for the
page, counts each kind in one more query, then loads the page's rows with one query per kind
present: the number of queries does not grow with the data.

Excerpts come from PostgreSQL's `ts_headline`, which returns the stored text with marks around
the matches. The stored text is never trusted: `_highlight()` escapes all of it and turns only
our own marks (private-use characters nobody types) into `<mark>` elements.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.postgres.aggregates import StringAgg
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db.models import (
    Case,
    CharField,
    Count,
    Expression,
    F,
    Func,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat
from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.search import bilingual_query, has_words
from speakers.models import Speaker
from speakers.selectors.directory import public_name
from training.models import Course
from training.models.catalogue import course_search_vector
from training.selectors.catalogue import courses_published

from ..models import Access, Event, JobPosting, NewsPost, Page, Resource
from ..models.events import event_search_vector
from ..models.jobs import job_search_vector
from ..models.news import news_search_vector
from ..models.pages import page_search_vector
from ..models.resources import resource_search_vector
from .access import live_for
from .jobs import jobs_open
from .pages import pages_live_for

__all__ = [
    "MAX_QUERY_LENGTH",
    "SOURCES",
    "ModelSource",
    "SearchResult",
    "SearchResults",
    "has_words",
    "kind_choices",
    "register",
    "search",
]

# Longer than any real question, short enough that no one can make the database work for nothing.
MAX_QUERY_LENGTH = 200

# ts_headline's marks: private-use characters, which no one types, so a stored "<b>" stays text.
MARK_START = "\ue000"
MARK_STOP = "\ue001"
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_STOP}", re.DOTALL)
_SPACES = re.compile(r"\s+")
HEADLINE_OPTIONS = {
    "start_sel": MARK_START,
    "stop_sel": MARK_STOP,
    "max_words": 30,
    "min_words": 12,
    "max_fragments": 2,
    "fragment_delimiter": " … ",
}


def _highlight(headline: str | None) -> SafeString:
    """The excerpt as HTML: every character of the stored text escaped (entities of rich text
    decoded first, so "&amp;" reads "&"), and only our marks made into <mark> elements."""
    if not headline:
        return mark_safe("")
    parts: list[str] = []
    position = 0
    for match in _MARKED.finditer(headline):
        parts.append(_plain(headline[position : match.start()]))
        parts.append(f"<mark>{_plain(match.group(1))}</mark>")
        position = match.end()
    parts.append(_plain(headline[position:]))
    return mark_safe("".join(parts).strip())  # noqa: S308 (every piece escaped above)


def _plain(text: str) -> str:
    text = text.replace(MARK_START, "").replace(MARK_STOP, "")
    return str(escape(_SPACES.sub(" ", html.unescape(text))))


class StripTags(Func):
    """The text of stored rich text, its tags turned into spaces (for excerpts only: the search
    itself reads the indexed expression, where PostgreSQL's parser skips tags already)."""

    function = "regexp_replace"
    output_field = TextField()

    def __init__(self, expression, **extra):
        super().__init__(expression, Value("<[^>]*>"), Value(" "), Value("g"), **extra)


@dataclass(frozen=True)
class SearchResult:
    """One line of the results, ready to show: every text already in the viewer's language."""

    kind: str
    kind_label: str
    title: str
    url: str
    excerpt: SafeString
    when: date | datetime | None = None
    when_label: str = ""
    note: str = ""  # e.g. "Members only", so members know why others may not find it


class ModelSource:
    """A kind of thing the search finds, read from one model. Subclass it for another model:
    set the attributes, give `visible()`, and override what differs (see `SpeakerSource`)."""

    kind: str = ""
    label: Promise | str = ""  # the plural, for the filter: "Pages", "News"
    noun: Promise | str = ""  # one of them, beside each result: "Page", "News"
    model: type[Model]
    title_field = "title"
    # The fields whose text makes the excerpt, rich text ones stripped of their tags; with a
    # French version in `<field>_fr` where the model has one.
    excerpt_fields: tuple[str, ...] = ("summary", "body")
    rich_text_fields: tuple[str, ...] = ("body",)
    when_field: str = ""
    when_label: Promise | str = ""
    access_field: str = ""

    def visible(self, user) -> QuerySet:
        """Every row `user` may read, before any search (published, due, at their level)."""
        raise NotImplementedError

    def vector(self) -> Expression:
        """The search vector: exactly the expression of the model's GIN index."""
        raise NotImplementedError

    def matches(self, user, query: SearchQuery) -> QuerySet:
        return (
            self.visible(user)
            .annotate(search=self.vector())
            .filter(search=query)
            .annotate(
                hit_kind=Value(self.kind, output_field=CharField()),
                hit_key=F("pk"),
                hit_rank=SearchRank(F("search"), query),
            )
            .values_list("hit_kind", "hit_key", "hit_rank")
            .order_by()
        )

    def count(self, user, query: SearchQuery) -> QuerySet:
        """One row, (kind, how many match): an aggregate over the matches."""
        return (
            self.visible(user)
            .annotate(search=self.vector())
            .filter(search=query)
            .annotate(hit_kind=Value(self.kind, output_field=CharField()))
            .values("hit_kind")
            .annotate(found=Count("pk"))
            .values_list("hit_kind", "found")
            .order_by()
        )

    def _french(self, name: str) -> str:
        french = f"{name}_fr"
        return french if any(f.name == french for f in self.model._meta.fields) else name

    def _text(self, names: Iterable[str]) -> Expression:
        parts: list[Expression] = []
        for name, original in names:
            column = Coalesce(F(name), Value(""))
            parts += [StripTags(column) if original in self.rich_text_fields else column]
            parts.append(Value(" "))
        return Concat(*parts, output_field=TextField())

    def headline(self, query: SearchQuery, language: str) -> Expression:
        """The excerpt with marks: from the French text, read as French, for a French reader
        when the row has it; from the English text, read as English, otherwise."""
        english = SearchHeadline(
            self._text((name, name) for name in self.excerpt_fields),
            query,
            config="english",
            **HEADLINE_OPTIONS,
        )
        main = self.excerpt_fields[-1]
        if language != "fr" or self._french(main) == main:
            return english
        french = SearchHeadline(
            self._text((self._french(name), name) for name in self.excerpt_fields),
            query,
            config="french",
            **HEADLINE_OPTIONS,
        )
        return Case(When(~Q(**{self._french(main): ""}), then=french), default=english)

    def rows(self, keys: list[int], user, query: SearchQuery, language: str) -> QuerySet:
        # The viewer's filter again: a key alone never reveals a row. The long texts stay in the
        # database: only their excerpt is read.
        long_texts = [
            name for field in self.rich_text_fields for name in {field, self._french(field)}
        ]
        return (
            self.visible(user)
            .filter(pk__in=keys)
            .defer(*long_texts)
            .annotate(excerpt=self.headline(query, language))
        )

    def load(
        self, keys: list[int], user, query: SearchQuery, language: str
    ) -> dict[int, SearchResult]:
        return {row.pk: self.result(row) for row in self.rows(keys, user, query, language)}

    def title(self, row) -> str:
        return row.localized(self.title_field)

    def note(self, row) -> str:
        access = getattr(row, self.access_field) if self.access_field else Access.PUBLIC
        return str(Access(access).label) if access > Access.PUBLIC else ""

    def result(self, row) -> SearchResult:
        return SearchResult(
            kind=self.kind,
            kind_label=str(self.noun),
            title=self.title(row),
            url=row.get_absolute_url(),
            excerpt=_highlight(row.excerpt),
            when=getattr(row, self.when_field) if self.when_field else None,
            when_label=str(self.when_label),
            note=self.note(row),
        )


SOURCES: dict[str, ModelSource] = {}


def register(source: ModelSource) -> ModelSource:
    """Add a kind to the search (its order is the order of the filter's choices)."""
    SOURCES[source.kind] = source
    return source


def kind_choices() -> list[tuple[str, str]]:
    return [(kind, source.label) for kind, source in SOURCES.items()]


# --- The sources -------------------------------------------------------------------------------


class PageSource(ModelSource):
    kind = "page"
    label = _("Pages")
    noun = _("Page")
    model = Page
    access_field = "effective_access"
    when_field = "updated_at"
    when_label = _("Updated")

    def visible(self, user) -> QuerySet:
        # As restricted as its strictest ancestor, and live only under live pages.
        return pages_live_for(user)

    def vector(self) -> Expression:
        return page_search_vector()


class NewsSource(ModelSource):
    kind = "news"
    label = _("News")
    noun = _("News")
    model = NewsPost
    access_field = "access"
    when_field = "published_at"
    when_label = _("Published")

    def visible(self, user) -> QuerySet:
        return live_for(NewsPost.objects.all(), user, scheduled_field="published_at")

    def vector(self) -> Expression:
        return news_search_vector()


class EventSource(ModelSource):
    kind = "event"
    label = _("Events")
    noun = _("Event")
    model = Event
    excerpt_fields = ("summary", "description")
    rich_text_fields = ("description",)
    access_field = "access"
    when_field = "starts_at"
    when_label = _("Starts")

    def visible(self, user) -> QuerySet:
        return live_for(Event.objects.all(), user)

    def vector(self) -> Expression:
        return event_search_vector()


class ResourceSource(ModelSource):
    kind = "resource"
    label = _("Resources")
    noun = _("Resource")
    model = Resource
    access_field = "access"
    when_field = "reviewed_on"
    when_label = _("Reviewed on")

    def visible(self, user) -> QuerySet:
        return live_for(Resource.objects.all(), user)

    def vector(self) -> Expression:
        return resource_search_vector()


class JobSource(ModelSource):
    kind = "job"
    label = _("Job postings")
    noun = _("Job posting")
    model = JobPosting
    title_field = "role"
    excerpt_fields = ("organization", "description")
    rich_text_fields = ("description",)
    access_field = "access"
    when_field = "closes_on"
    when_label = _("Apply by")

    def visible(self, user) -> QuerySet:
        return jobs_open(user)

    def vector(self) -> Expression:
        return job_search_vector()

    def title(self, row) -> str:
        return f"{row.display_role}, {row.organization}"


class CourseSource(ModelSource):
    kind = "course"
    label = _("Training")
    noun = _("Training")
    model = Course
    excerpt_fields = ("summary", "description")
    rich_text_fields = ("description",)

    def visible(self, user) -> QuerySet:
        return courses_published()

    def vector(self) -> Expression:
        return course_search_vector()


def _consented(consent: str, column: Expression | str) -> Case:
    """A speaker's field where they publish it, nothing where they do not."""
    value = F(column) if isinstance(column, str) else column
    return Case(When(**{consent: True}, then=value), default=Value(""), output_field=TextField())


def _speaker_topics() -> Subquery:
    """The names (English and French) of a speaker's topics, as one text."""
    links = Speaker.topics.through.objects.filter(speaker=OuterRef("pk"))
    return Subquery(
        links.values("speaker")
        .annotate(
            names=StringAgg(
                Concat("topic__name", Value(" "), "topic__name_fr", output_field=TextField()),
                delimiter=" ",
            )
        )
        .values("names")[:1],
        output_field=TextField(),
    )


class SpeakerSource(ModelSource):
    """Listed speakers, found only through what each consented to publish: their name
    (show_name), their bio (show_bio) and their topics (show_topics). Nothing else is read, so
    a private field can neither match nor show. Speakers are few: no index is needed."""

    kind = "speaker"
    label = _("Speakers")
    noun = _("Speaker")
    model = Speaker
    excerpt_fields = ("bio",)
    rich_text_fields = ()

    def visible(self, user) -> QuerySet:
        return Speaker.objects.listed()

    def vector(self) -> Expression:
        name = _consented("show_name", "name")
        bio = _consented("show_bio", "bio")
        topics = _consented("show_topics", Coalesce(_speaker_topics(), Value("")))
        # Speakers write in either language: each field is read as English and as French.
        return (
            SearchVector(name, weight="A", config="english")
            + SearchVector(name, weight="A", config="french")
            + SearchVector(topics, weight="B", config="english")
            + SearchVector(topics, weight="B", config="french")
            + SearchVector(bio, weight="C", config="english")
            + SearchVector(bio, weight="C", config="french")
        )

    def headline(self, query: SearchQuery, language: str) -> Expression:
        return SearchHeadline(
            _consented("show_bio", "bio"),
            query,
            config="french" if language == "fr" else "english",
            **HEADLINE_OPTIONS,
        )

    def rows(self, keys, user, query, language) -> QuerySet:
        return super().rows(keys, user, query, language).prefetch_related("lhins_served", "topics")

    def result(self, row) -> SearchResult:
        excerpt = _highlight(row.excerpt)
        if not excerpt and row.show_topics:
            excerpt = escape(", ".join(topic.display_name for topic in row.topics.all()))
        return SearchResult(
            kind=self.kind,
            kind_label=str(self.noun),
            title=public_name(row),
            url=row.get_absolute_url(),
            excerpt=excerpt,
        )


for _source in (
    PageSource(),
    NewsSource(),
    EventSource(),
    ResourceSource(),
    JobSource(),
    CourseSource(),
    SpeakerSource(),
):
    register(_source)


# --- The search ----------------------------------------------------------------------------------


@dataclass
class SearchResults:
    """What a search found for one viewer, ranked across kinds; sliced by Django's Paginator,
    which asks `count()` and then one slice: the slice runs the ranked query and loads its rows.

    `counts`: how many of each kind matched (all kinds, even when `kind` narrows the list)."""

    user: object
    query: SearchQuery
    kind: str
    counts: dict[str, int] = field(default_factory=dict)

    def count(self) -> int:
        if self.kind:
            return self.counts.get(self.kind, 0)
        return sum(self.counts.values())

    def _ranked(self) -> QuerySet:
        kinds = [self.kind] if self.kind else [k for k, n in self.counts.items() if n]
        queries = [SOURCES[kind].matches(self.user, self.query) for kind in kinds]
        ranked = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
        # Ties broken by kind and key, so a page never repeats or skips a row.
        return ranked.order_by("-hit_rank", "hit_kind", "hit_key")

    def __getitem__(self, window: slice) -> list[SearchResult]:
        if not self.count() or window.start == window.stop:
            return []
        ranked = list(self._ranked()[window])
        keys_by_kind: dict[str, list[int]] = defaultdict(list)
        for kind, key, _rank in ranked:
            keys_by_kind[kind].append(key)
        language = (get_language() or "en")[:2]
        loaded = {
            kind: SOURCES[kind].load(keys, self.user, self.query, language)
            for kind, keys in keys_by_kind.items()
        }
        # A row gone between the two queries (unpublished a moment ago) is simply left out.
        return [loaded[kind][key] for kind, key, _rank in ranked if key in loaded[kind]]


def search(user, q: str, *, kind: str = "") -> SearchResults:
    """Everything `user` may read that matches `q` (only `kind` when given). Counts each kind in
    one query now; the ranked rows are read when the page is sliced."""
    query = bilingual_query(q)
    counts = [source.count(user, query) for source in SOURCES.values()]
    union = counts[0].union(*counts[1:], all=True) if len(counts) > 1 else counts[0]
    found = dict(union)
    return SearchResults(
        user=user,
        query=query,
        kind=kind,
        counts={k: found.get(k, 0) for k in SOURCES},
    )
