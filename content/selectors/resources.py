"""Content selectors: the resources part (the library's list, filters and search, one resource
for its page or download, and what editors are told about: resources due for review and dead
links). Who sees what is content.selectors.access's, never decided here."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.postgres.search import SearchRank
from django.db.models import F, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from network import roles
from network.models import LHIN
from network.search import bilingual_query, has_words
from network.selectors import network_administrators
from training.models import Competency

from ..models import ContentLanguage, Resource, Status
from ..models.resources import resource_search_vector
from .access import access_check, is_editor, live_for

# A resource not reviewed for this long may be out of date: editors are told, readers warned.
REVIEW_AFTER = timedelta(days=365)
# The link checker leaves alone a link it checked more recently than this.
LINK_RECHECK_AFTER = timedelta(hours=20)
# Kinds whose `url` is the resource itself (a tool's text is on the site).
LINKED_KINDS = (Resource.Kind.LINK, Resource.Kind.VIDEO, Resource.Kind.DOCUMENT)
# Anything a word is made of: a query without one (only punctuation) can match nothing.


@dataclass(frozen=True)
class ResourceFilters:
    """What a person asked the library for. `lhin` is an LHIN, or None for any region;
    `provincial_only` keeps resources for the whole province only."""

    q: str = ""
    kind: str = ""
    language: str = ""
    lhin: LHIN | None = None
    provincial_only: bool = False
    competency: Competency | None = None


def review_due_before(today: date) -> date:
    """Resources reviewed before this day need reviewing again."""
    return today - REVIEW_AFTER


def needs_review(resource: Resource, today: date) -> bool:
    return resource.reviewed_on < review_due_before(today)


def _competencies_prefetch() -> Prefetch:
    return Prefetch(
        "competencies",
        queryset=Competency.objects.select_related("framework").order_by(
            "framework__slug", "number"
        ),
    )


def resources_listed(user, filters: ResourceFilters | None = None) -> QuerySet[Resource]:
    """The published resources `user` may see that match `filters`: ranked by relevance when
    searching, by title otherwise.

    Language: a bilingual resource counts as English and as French. LHIN: that region's
    resources and the provincial ones (they serve every region).
    """
    filters = filters or ResourceFilters()
    resources = live_for(Resource.objects.all(), user)
    if filters.kind:
        resources = resources.filter(kind=filters.kind)
    if filters.language:
        languages = [filters.language]
        if filters.language != ContentLanguage.BILINGUAL:
            languages.append(ContentLanguage.BILINGUAL)
        resources = resources.filter(language__in=languages)
    if filters.provincial_only:
        resources = resources.filter(lhin__isnull=True)
    elif filters.lhin is not None:
        resources = resources.filter(Q(lhin=filters.lhin) | Q(lhin__isnull=True))
    if filters.competency is not None:
        resources = resources.filter(competencies=filters.competency)
    resources = resources.select_related("lhin").prefetch_related(_competencies_prefetch())
    q = filters.q.strip()
    if q:
        if not has_words(q):
            return resources.none()
        query = bilingual_query(q)
        # The same expression as the GIN index `resource_search`, so the index answers it.
        return (
            resources.annotate(search=resource_search_vector())
            .filter(search=query)
            .annotate(rank=SearchRank(F("search"), query))
            .order_by("-rank", "title", "pk")
        )
    return resources.order_by("title", "pk")


def resource_for_page(user, slug: str) -> Resource:
    """A resource for its page or its download: published (editors also see drafts) and at a
    level `user` may see. 404 otherwise; the signed-out are sent to sign in for members-only
    resources (content.selectors.access)."""
    resources = Resource.objects.select_related("lhin").prefetch_related(_competencies_prefetch())
    if not is_editor(user):
        resources = resources.filter(status=Status.PUBLISHED)
    resource = get_object_or_404(resources, slug=slug)
    access_check(user, resource.access)
    return resource


def resources_needing_review(today: date) -> QuerySet[Resource]:
    """Published resources not reviewed for a year, the longest-waiting first."""
    return Resource.objects.filter(
        status=Status.PUBLISHED, reviewed_on__lt=review_due_before(today)
    ).order_by("reviewed_on", "title")


def resources_with_dead_links() -> QuerySet[Resource]:
    return Resource.objects.filter(
        status=Status.PUBLISHED, link_state=Resource.LinkState.DEAD
    ).order_by("title")


def resources_due_for_link_check(now: datetime) -> QuerySet[Resource]:
    """Published resources whose address is the resource itself, not checked in the last
    `LINK_RECHECK_AFTER` (so a second run the same night checks nothing again)."""
    return (
        Resource.objects.filter(status=Status.PUBLISHED, kind__in=LINKED_KINDS)
        .exclude(url="")
        .filter(Q(link_checked_at__isnull=True) | Q(link_checked_at__lt=now - LINK_RECHECK_AFTER))
        .order_by("link_checked_at", "pk")
    )


def content_editors():
    """The people told about the library's upkeep: content editors with open accounts, or the
    network administrators when there is no content editor (so nothing goes unseen)."""
    editors = (
        get_user_model()
        .objects.filter(
            groups__name=roles.CONTENT_EDITOR.group_name, is_active=True, closed_at__isnull=True
        )
        .distinct()
    )
    return editors if editors.exists() else network_administrators()
