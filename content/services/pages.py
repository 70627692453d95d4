"""Content services: the pages part.

Every save of a page goes through `page_save`: it checks the page's place in the tree, records a
revision (the short history editors compare and restore), keeps the addresses and inherited
rules of every page below in step, and audits the change. The checks are `page_problems`, which
the admin's form asks too, so a refusal is shown on its field.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, OuterRef, Subquery, Value
from django.db.models.functions import Concat, Length, Substr
from django.db.models.lookups import StartsWith
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from network.services import audit_record

from ..models import Access, Page, PageRevision, Status

# Revisions kept per page: enough to undo a bad afternoon, not an archive.
REVISIONS_KEPT = 25
# What "Restore this version" brings back. Who may see the page, its status and its schedule
# stay as they are now: restoring old words must never make a members-only page public again.
RESTORED_FIELDS = ("title", "title_fr", "summary", "summary_fr", "body", "body_fr")
# Kept by Page.save() from the parent; never validated as typed values.
TREE_FIELDS = ["path", "depth", "effective_access"]
MAX_PATH_LENGTH = Page._meta.get_field("path").max_length


class PageError(Exception):
    """A change the tree does not allow; the message says why, in words for the person."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- The site's other addresses ---------------------------------------------------------------


def _page_view():
    from ..views.pages import page  # the view serving the tree (imports this module)

    return page


def _route_patterns(patterns=None, prefix: str = ""):
    """(route text, pattern) for every route and include of the URLconf, includes expanded."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern).lstrip("^")
        yield route, pattern
        if isinstance(pattern, URLResolver):
            yield from _route_patterns(pattern.url_patterns, route)


def reserved_slugs() -> frozenset[str]:
    """The first part of every address another route answers (news, events, admin, accounts,
    sitemap.xml...), read from the URLconf so a new route is reserved without a list to keep;
    and the static and media files' prefixes. A top-level page may not take one."""
    page_view = _page_view()
    taken = set()
    for route, pattern in _route_patterns():
        if isinstance(pattern, URLPattern) and pattern.callback is page_view:
            continue
        first = route.split("/", 1)[0]
        if first and not set(first) & set("<>()[]?*+\\$^"):
            taken.add(first)
    for url in (settings.STATIC_URL, settings.MEDIA_URL):
        first = (url or "").strip("/").split("/", 1)[0]
        if first and "//" not in (url or "") and ":" not in first:
            taken.add(first)
    return frozenset(taken)


def fixed_paths() -> frozenset[str]:
    """Pages that a named route of their own serves (/privacy/, /disclaimer/, /accessibility/:
    every page's footer links to them), so their address is fixed and they cannot be deleted."""
    page_view = _page_view()
    return frozenset(
        pattern.default_args["path"]
        for _route, pattern in _route_patterns()
        if isinstance(pattern, URLPattern)
        and pattern.callback is page_view
        and "path" in pattern.default_args
    )


# --- Checks ------------------------------------------------------------------------------------


def page_problems(page: Page) -> dict[str, str]:
    """What is wrong with `page`'s place in the tree and its rules, by field (empty when
    nothing is). Reads the page as it is in the database to compare; changes nothing."""
    problems: dict[str, str] = {}
    parent, slug = page.parent, page.slug
    if not slug:
        return problems  # the field's own "required" says it
    stored_path = (
        Page.objects.filter(pk=page.pk).values_list("path", flat=True).first() if page.pk else None
    )
    if parent is None and slug in reserved_slugs():
        problems["slug"] = _(
            "The address /%(slug)s/ belongs to another part of the site. Choose another "
            "address, or place this page under another page."
        ) % {"slug": slug}
    new_path = f"{parent.path}/{slug}" if parent else slug
    if (
        stored_path
        and parent
        and (parent.pk == page.pk or parent.path.startswith(stored_path + "/"))
    ):
        problems["parent"] = _(
            "A page cannot be placed under itself or under a page that is below it. Choose "
            "another parent page."
        )
        return problems
    if Page.objects.filter(parent=parent, slug=slug).exclude(pk=page.pk).exists():
        problems.setdefault(
            "slug",
            _("Another page already has the address /%(path)s/. Choose another address.")
            % {"path": new_path},
        )
    deepest = 0
    if stored_path:
        longest = Page.objects.filter(path__startswith=stored_path + "/").aggregate(
            longest=Max(Length("path"))
        )["longest"]
        deepest = (longest - len(stored_path)) if longest else 0
    if len(new_path) + deepest > MAX_PATH_LENGTH:
        problems.setdefault(
            "slug",
            _(
                "The full address would be longer than %(limit)d characters, with the pages "
                "below this one. Choose a shorter address or a parent page nearer the top."
            )
            % {"limit": MAX_PATH_LENGTH},
        )
    if stored_path and stored_path in fixed_paths():
        if new_path != stored_path:
            moved = slug == stored_path.rsplit("/", 1)[-1]
            problems["parent" if moved else "slug"] = _(
                "Every page of the site links to this statement at /%(path)s/, so its address "
                "cannot change."
            ) % {"path": stored_path}
        if page.access != Access.PUBLIC:
            problems["access"] = _(
                "Every page of the site links to this statement, so it stays public."
            )
        if page.status != Status.PUBLISHED:
            problems["status"] = _(
                "Every page of the site links to this statement, so it stays published."
            )
    return problems


# --- Writes ------------------------------------------------------------------------------------


def _cascade(*, page: Page, old_path: str, old_depth: int) -> None:
    """Bring every page below `page` in step with it: addresses and depths when it moved or was
    renamed, and each one's strictest rule from the top down. Two UPDATEs, however deep."""
    if old_path != page.path or old_depth != page.depth:
        Page.objects.filter(path__startswith=f"{old_path}/").update(
            path=Concat(Value(page.path), Substr("path", len(old_path) + 1)),
            depth=F("depth") + (page.depth - old_depth),
        )
    # A page's own rule and those of all pages above it: their addresses prefix its own.
    strictest = (
        Page.objects.filter(
            StartsWith(Concat(OuterRef("path"), Value("/")), Concat("path", Value("/")))
        )
        .order_by("-access")
        .values("access")[:1]
    )
    Page.objects.filter(path__startswith=f"{page.path}/").update(
        effective_access=Subquery(strictest)
    )


def _record_revision(page: Page, author) -> PageRevision:
    revision = PageRevision.objects.create(
        page=page,
        author=author if author is not None and author.is_authenticated else None,
        title=page.title,
        title_fr=page.title_fr,
        summary=page.summary,
        summary_fr=page.summary_fr,
        body=page.body,
        body_fr=page.body_fr,
        access=page.access,
        status=page.status,
        publish_at=page.publish_at,
    )
    kept = PageRevision.objects.filter(page=page).order_by("-created_at", "-pk")[:REVISIONS_KEPT]
    PageRevision.objects.filter(page=page).exclude(pk__in=kept.values("pk")).delete()
    return revision


@transaction.atomic
def page_save(*, page: Page, actor, note: str = "") -> Page:
    """Save `page` (new or changed), signed by `actor`: checked, recorded as a revision, the
    pages below kept in step, audited. Raises ValidationError by field when the checks fail."""
    created = page.pk is None
    stored = None
    if not created:
        # Locked, so two editors moving pages of one branch do not interleave their cascades.
        stored = (
            Page.objects.select_for_update()
            .filter(pk=page.pk)
            .values("path", "depth", "effective_access")
            .first()
        )
    problems = page_problems(page)
    if problems:
        raise ValidationError(problems)
    page.updated_by = actor if actor is not None and actor.is_authenticated else None
    page.full_clean(exclude=TREE_FIELDS)
    page.save()
    if stored and (
        stored["path"] != page.path or stored["effective_access"] != page.effective_access
    ):
        _cascade(page=page, old_path=stored["path"], old_depth=stored["depth"])
    _record_revision(page, actor)
    audit_record(
        actor=actor,
        action="page.add" if created else "page.change",
        target=page,
        path=page.path,
        status=page.status,
        access=page.access,
        **({"note": note} if note else {}),
    )
    return page


@transaction.atomic
def page_restore(*, page: Page, revision: PageRevision, actor) -> Page:
    """Bring back the title, summary and text of `revision`, as a new revision. Who may see
    the page, its status and its schedule stay as they are now."""
    locked = Page.objects.select_for_update().filter(pk=page.pk).first()
    if locked is None:
        raise PageError(_("This page no longer exists."))
    if revision.page_id != locked.pk:
        raise PageError(_("That version belongs to another page."))
    for name in RESTORED_FIELDS:
        setattr(locked, name, getattr(revision, name))
    saved_at = revision.created_at.isoformat()
    return page_save(page=locked, actor=actor, note=f"restored the version saved at {saved_at}")


def page_delete_refusal(page: Page) -> str | None:
    """Why `page` may not be deleted, or None: a statement every page links to, or a page with
    pages under it (they would be left without a place: move or delete them first)."""
    if page.path in fixed_paths():
        return _("Every page of the site links to “%(title)s”, so it cannot be deleted.") % {
            "title": page.title
        }
    children = page.children.count()
    if children:
        return ngettext(
            "“%(title)s” has %(count)d page under it, so it cannot be deleted. Move that page "
            "elsewhere or delete it first.",
            "“%(title)s” has %(count)d pages under it, so it cannot be deleted. Move those "
            "pages elsewhere or delete them first.",
            children,
        ) % {"title": page.title, "count": children}
    return None


@transaction.atomic
def page_delete(*, page: Page, actor) -> None:
    """Delete a page, unless `page_delete_refusal` says why not (raised as PageError)."""
    # Locked: a page added under it meanwhile waits for this transaction, then finds it gone.
    locked = Page.objects.select_for_update().filter(pk=page.pk).first()
    if locked is None:
        return
    refusal = page_delete_refusal(locked)
    if refusal:
        raise PageError(refusal)
    audit_record(actor=actor, action="page.delete", target=locked, path=locked.path)
    locked.delete()
