"""Permission-matrix rows of the content app's search part (see tests/matrix/__init__.py): the
site search, the home page's hero picture, and the home page's admin.

Search is public: what each person finds is filtered by what they may see (content/tests/
test_search.py checks that, role by role). The hero is edited by content editors and network
administrators; it is one row, so nobody adds a second one, and nobody deletes it.
"""

from .base import row

_PUBLIC = row("200 200 200 200 200 200 200 200 200 200 200 200")
_EDITORS = row("302 302 302 302 403 200 302 302 403 403 403 200")
_NOBODY = row("302 302 302 302 403 403 302 302 403 403 403 403")
_REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")

_ADMIN = "admin/content/homepage/"
_ROW = f"/{_ADMIN}{{content/homepage}}/"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "search/": ("/search/?q=peer", _PUBLIC),
    "home/hero/<str:name>": ("/home/hero/{home_hero}", _PUBLIC),
    _ADMIN: (f"/{_ADMIN}", _EDITORS),
    f"{_ADMIN}add/": (f"/{_ADMIN}add/", _NOBODY),  # the one row exists
    f"{_ADMIN}<path:object_id>/history/": (f"{_ROW}history/", _EDITORS),
    f"{_ADMIN}<path:object_id>/delete/": (f"{_ROW}delete/", _NOBODY),
    f"{_ADMIN}<path:object_id>/change/": (f"{_ROW}change/", _EDITORS),
    f"{_ADMIN}<path:object_id>/": (_ROW, _REDIRECT),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """The home page's hero, with its picture."""
    from content.models import HomePage
    from tests.factories import picture_file

    home = HomePage.objects.create(
        headline="Welcome",
        introduction="A network of peers.",
        hero_image=picture_file(),
        hero_image_alt="Circles",
    )
    return {
        "content/homepage": home.pk,
        "home_hero": home.hero_image.name.rsplit("/", 1)[-1],
    }
