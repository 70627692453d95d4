"""Permission-matrix rows of the content app's pages part (see tests/matrix/__init__.py).

"About the network" is public. The page asked for at its address is members-only: the signed-out
are sent to sign in, signed-in people who are not members get 404 (full members, supporting
members and the roles that hold a membership see it; editors see everything). The preview shows
a draft to editors and network administrators only: 404 for everyone else. In the admin, content
editors and network administrators keep the pages; other staff get 403, people without admin
access are sent to sign in.
"""

from .base import row

P = "/admin/content/page"
_EDITORS = row("302 302 302 302 403 200 302 302 403 403 403 200")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "about/": ("/about/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "pages/preview/<int:pk>/": ("/pages/preview/{draft_page}/", row("404 404 404 404 404 200 404 404 404 404 404 200")),
    "<pagepath:path>/": ("/matrix-members/handbook/", row("302 404 200 200 404 200 200 404 200 404 404 200")),
    "admin/content/page/": (f"{P}/", _EDITORS),
    "admin/content/page/add/": (f"{P}/add/", _EDITORS),
    "admin/content/page/<path:object_id>/history/<int:revision_id>/restore/": (f"{P}/{{content/page}}/history/{{page_revision}}/restore/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/content/page/<path:object_id>/history/": (f"{P}/{{content/page}}/history/", _EDITORS),
    "admin/content/page/<path:object_id>/delete/": (f"{P}/{{content/page}}/delete/", _EDITORS),
    "admin/content/page/<path:object_id>/change/": (f"{P}/{{content/page}}/change/", _EDITORS),
    "admin/content/page/<path:object_id>/": (f"{P}/{{content/page}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """A members-only section with a page under it (set public: members-only all the same), and
    a draft page."""
    from content.models import Access, Status
    from content.services.pages import page_save
    from content.tests.factories import PageFactory

    section = PageFactory(slug="matrix-members", access=Access.MEMBERS)
    handbook = page_save(
        page=PageFactory.build(parent=section, slug="handbook", access=Access.PUBLIC), actor=None
    )
    draft = PageFactory(slug="matrix-draft", status=Status.DRAFT)
    return {
        "draft_page": draft.pk,
        "content/page": handbook.pk,
        "page_revision": handbook.revisions.get().pk,
    }
