"""Permission-matrix rows of the content app's resources part (see tests/matrix/__init__.py).

The library is public; the resource addressed is members-only (with a file), so the signed-out
are sent to sign in and signed-in people who are not members get 404, as for a resource that
does not exist. Members (full and supporting, and the moderator and governance member, who are
full members), content editors and network administrators see it. Editors and network
administrators run the library in the admin.
"""

from .base import row

_PUBLIC = row("200 200 200 200 200 200 200 200 200 200 200 200")
_MEMBERS_ONLY = row("302 404 200 200 404 200 200 404 200 404 404 200")
_EDITORS = row("302 302 302 302 403 200 302 302 403 403 403 200")
_REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")
_ADMIN = "admin/content/resource/"
_ONE = "/admin/content/resource/{content/resource}/"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "resources/": ("/resources/", _PUBLIC),
    "resources/<slug:slug>/": ("/resources/{resource}/", _MEMBERS_ONLY),
    "resources/<slug:slug>/download/": ("/resources/{resource}/download/", _MEMBERS_ONLY),
    _ADMIN: (f"/{_ADMIN}", _EDITORS),
    f"{_ADMIN}add/": (f"/{_ADMIN}add/", _EDITORS),
    f"{_ADMIN}<path:object_id>/history/": (f"{_ONE}history/", _EDITORS),
    f"{_ADMIN}<path:object_id>/delete/": (f"{_ONE}delete/", _EDITORS),
    f"{_ADMIN}<path:object_id>/change/": (f"{_ONE}change/", _EDITORS),
    f"{_ADMIN}<path:object_id>/": (_ONE, _REDIRECT),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """A published members-only document with its file."""
    from django.core.files.base import ContentFile

    from content.models import Access, Resource
    from content.tests.factories import ResourceFactory

    resource = ResourceFactory(
        kind=Resource.Kind.DOCUMENT,
        access=Access.MEMBERS,
        url="",
        file=ContentFile(b"%PDF-1.4 members only", name="guide.pdf"),
        file_name="guide.pdf",
        file_type="application/pdf",
        file_size=21,
    )
    return {"resource": resource.slug, "content/resource": resource.pk}
