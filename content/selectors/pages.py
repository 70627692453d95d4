"""Content selectors: the pages part (the tree that makes the site's navigation).

A page is live when it is published and due (no `publish_at`, or one that has passed) and every
page above it is live too: a section that is still a draft hides what is under it. Who may see
a live page is its `effective_access` (its own rule or a stricter one above it), read through
`content.selectors.access`; editors also see what is not live yet, as a preview.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from django.contrib.auth.models import AnonymousUser
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import CharField, Exists, OuterRef, QuerySet, Value
from django.db.models.functions import Cast, Concat, LPad
from django.db.models.lookups import StartsWith
from django.http import Http404
from django.utils import timezone

from ..models import Page, Status
from .access import access_check, is_editor, live_for

# Longer than any stored address: answered 404 before a query is made.
MAX_PATH_LENGTH = Page._meta.get_field("path").max_length


def _live(queryset: QuerySet[Page], user) -> QuerySet[Page]:
    return live_for(queryset, user, access_field="effective_access", scheduled_field="publish_at")


def pages_live_for(user) -> QuerySet[Page]:
    """Every live page `user` may see: the pages of the sitemap (signed out), of search and of
    the table of contents. Pages under a draft or a scheduled page are left out."""
    not_live_above = Page.objects.filter(
        StartsWith(OuterRef("path"), Concat("path", Value("/"))),
    ).exclude(pk__in=_live(Page.objects.all(), user).values("pk"))
    return _live(Page.objects.all(), user).exclude(Exists(not_live_above))


def public_pages() -> QuerySet[Page]:
    """What anyone signed out may see (the sitemap's pages)."""
    return pages_live_for(AnonymousUser())


def in_tree_order(queryset: QuerySet[Page]) -> QuerySet[Page]:
    """`queryset` in the order of the tree: each page followed by the pages below it, siblings
    in the editors' order (then by title), as the navigation shows them. Annotates `tree_key`,
    one step per level from the top (`ancestor steps ≤ page steps`, compared as arrays)."""
    step = Concat(
        LPad(Cast("order", CharField()), 5, Value("0")),
        Value(" "),
        "title",
        Value(" "),
        LPad(Cast("pk", CharField()), 10, Value("0")),  # two equal titles never interleave
        output_field=CharField(),
    )
    steps = (
        Page.objects.filter(
            StartsWith(Concat(OuterRef("path"), Value("/")), Concat("path", Value("/")))
        )
        .order_by("depth")
        .values_list(step)
    )
    return queryset.annotate(tree_key=ArraySubquery(steps)).order_by("tree_key")


def page_is_due(page: Page) -> bool:
    """Published, and its time has come (the rule of `live_for`, for one loaded page)."""
    return page.status == Status.PUBLISHED and (
        page.publish_at is None or page.publish_at <= timezone.now()
    )


@dataclass
class TreeNode:
    page: Page
    children: list["TreeNode"] = field(default_factory=list)


def navigation_tree(user) -> list[TreeNode]:
    """The table of contents: the live pages `user` may see that are shown in the navigation,
    top-level pages first, each with its children, in the editors' order. One query."""
    pages = pages_live_for(user).filter(show_in_navigation=True).order_by("order", "title")
    nodes = {page.pk: TreeNode(page) for page in pages}
    by_parent: dict[int | None, list[TreeNode]] = defaultdict(list)
    for node in nodes.values():
        by_parent[node.page.parent_id].append(node)
    for node in nodes.values():
        node.children = by_parent.get(node.page.pk, [])
    # A page whose parent is not shown in the navigation is not reachable from here.
    return by_parent.get(None, [])


@dataclass
class PageView:
    page: Page
    ancestors: list[Page]
    # Shown only to editors: what keeps the page (or a page above it) off the public site.
    not_live: list[Page]
    section: Page | None
    section_pages: list[Page]
    children: list[Page]

    @property
    def is_preview(self) -> bool:
        return bool(self.not_live)


def _section_navigation(user, page: Page) -> tuple[Page | None, list[Page], list[Page]]:
    """The section's live pages: the parent's children (the page among them, even when it is
    not shown in the navigation) and the page's own children. One query."""
    parents = [page.pk] if page.parent_id is None else [page.parent_id, page.pk]
    pages = list(
        _live(Page.objects.filter(parent_id__in=parents, show_in_navigation=True), user).order_by(
            "order", "title"
        )
    )
    children = [p for p in pages if p.parent_id == page.pk]
    if page.parent_id is None:
        return None, [], children
    siblings = [p for p in pages if p.parent_id == page.parent_id]
    if all(p.pk != page.pk for p in siblings):
        siblings = sorted([*siblings, page], key=lambda p: (p.order, p.title))
    return page.parent, siblings, children


def page_for_viewer(user, path: str) -> PageView:
    """The page at `path` as `user` may see it: 404 when there is none, when it is not live (to
    all but editors) or when a signed-in person may not see it; SignInRequired for the
    signed-out asking for a members-only page. Two queries, however deep the tree."""
    segments = path.split("/")
    if len(path) > MAX_PATH_LENGTH:
        raise Http404
    prefixes = ["/".join(segments[: depth + 1]) for depth in range(len(segments))]
    # The page and all its ancestors at once: their addresses are the prefixes of its own.
    found = {page.path: page for page in Page.objects.filter(path__in=prefixes)}
    if path not in found or len(found) != len(prefixes):
        raise Http404
    chain = [found[prefix] for prefix in prefixes]
    for above, below in pairwise(chain):
        below.parent = above  # so breadcrumbs and the section's title cost no query
    page = chain[-1]
    not_live = [p for p in chain if not page_is_due(p)]
    if not_live and not is_editor(user):
        raise Http404
    access_check(user, page.effective_access)
    section, section_pages, children = _section_navigation(user, page)
    return PageView(
        page=page,
        ancestors=chain[:-1],
        not_live=not_live,
        section=section,
        section_pages=section_pages,
        children=children,
    )


def page_preview(user, pk: int) -> PageView:
    """Any page, live or not, for an editor (its preview); 404 for everyone else."""
    if not is_editor(user):
        raise Http404
    path = Page.objects.filter(pk=pk).values_list("path", flat=True).first()
    if path is None:
        raise Http404
    return page_for_viewer(user, path)
