"""Permission-matrix rows of governance's documents part (see tests/matrix/__init__.py).

The document has v1 superseded, v2 approved (the current one) and v3 a draft: the draft is
404 to everyone but governance members and network administrators, and comparing with it is
a 400 "no version 3" for the others, the same answer as for a number that does not exist.
"""

from .base import row

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "governance/about/": ("/governance/about/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/documents/": ("/governance/documents/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/documents/<slug:slug>/": ("/governance/documents/{document_slug}/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "governance/documents/<slug:slug>/versions/<int:number>/": ("/governance/documents/{document_slug}/versions/3/", row("404 404 404 404 404 404 404 404 200 404 404 200")),
    "governance/documents/<slug:slug>/compare/": ("/governance/documents/{document_slug}/compare/?from=2&to=3", row("400 400 400 400 400 400 400 400 200 400 400 200")),
    # The admin: governance members and network administrators write and approve documents.
    # Approved versions are read-only (200 to view), never added blank or deleted (403).
    "admin/governance/document/": ("/admin/governance/document/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/document/add/": ("/admin/governance/document/add/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/document/<path:object_id>/history/": ("/admin/governance/document/{governance/document}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/document/<path:object_id>/delete/": ("/admin/governance/document/{governance/document}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/document/<path:object_id>/change/": ("/admin/governance/document/{governance/document}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/document/<path:object_id>/": ("/admin/governance/document/{governance/document}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/governance/document/<int:pk>/new-version/": ("/admin/governance/document/{governance/document}/new-version/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/governance/documentversion/": ("/admin/governance/documentversion/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/documentversion/add/": ("/admin/governance/documentversion/add/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/documentversion/<path:object_id>/history/": ("/admin/governance/documentversion/{governance/documentversion}/history/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/documentversion/<path:object_id>/delete/": ("/admin/governance/documentversion/{governance/documentversion}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/governance/documentversion/<path:object_id>/change/": ("/admin/governance/documentversion/{governance/documentversion}/change/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/documentversion/<path:object_id>/": ("/admin/governance/documentversion/{governance/documentversion}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/governance/documentversion/<int:pk>/new-version/": ("/admin/governance/documentversion/{governance/documentversion}/new-version/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
    "admin/governance/documentversion/<int:pk>/approve/": ("/admin/governance/documentversion/{governance/documentversion/draft}/approve/", row("302 302 302 302 403 403 302 302 200 403 403 200")),
    "admin/governance/documentversion/<int:pk>/return-to-draft/": ("/admin/governance/documentversion/{governance/documentversion}/return-to-draft/", row("302 302 302 302 405 405 302 302 405 405 405 405")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from governance.tests.factories_documents import DocumentFactory, DocumentVersionFactory

    document = DocumentFactory(slug="terms-of-reference")
    DocumentVersionFactory(document=document, number=1, superseded=True)
    current = DocumentVersionFactory(document=document, number=2, approved=True)
    draft = DocumentVersionFactory(document=document, number=3, body="<p>Not yet.</p>")
    return {
        "document_slug": document.slug,
        "governance/document": document.pk,
        "governance/documentversion": current.pk,
        "governance/documentversion/draft": draft.pk,
    }
