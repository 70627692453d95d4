"""Permission-matrix rows of the speakers' bureau's pages part (see tests/matrix/__init__.py).

The bureau's pages are public. In the admin, LHIN coordinators and network administrators keep
the pages (never deleted: 403 for everyone) and the topics (the matrix's topic is unused, so it
may be deleted); other staff get 403, people without admin access are sent to sign in.
"""

from .base import row

P = "/admin/speakers/bureaupage"
T = "/admin/speakers/topic"

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "speakers/": ("/speakers/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "speakers/pages/<slug:kind>/": ("/speakers/pages/about/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "admin/speakers/bureaupage/": (f"{P}/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/bureaupage/add/": (f"{P}/add/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/bureaupage/<path:object_id>/history/": (f"{P}/{{speakers/bureaupage}}/history/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/bureaupage/<path:object_id>/delete/": (f"{P}/{{speakers/bureaupage}}/delete/", row("302 302 302 302 403 403 302 302 403 403 403 403")),
    "admin/speakers/bureaupage/<path:object_id>/change/": (f"{P}/{{speakers/bureaupage}}/change/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/bureaupage/<path:object_id>/": (f"{P}/{{speakers/bureaupage}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
    "admin/speakers/topic/": (f"{T}/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/topic/add/": (f"{T}/add/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/topic/<path:object_id>/history/": (f"{T}/{{speakers/topic}}/history/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/topic/<path:object_id>/delete/": (f"{T}/{{speakers/topic}}/delete/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/topic/<path:object_id>/change/": (f"{T}/{{speakers/topic}}/change/", row("302 302 302 302 200 403 302 302 403 403 403 200")),
    "admin/speakers/topic/<path:object_id>/": (f"{T}/{{speakers/topic}}/", row("302 302 302 302 302 302 302 302 302 302 302 302")),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from speakers.tests.factories import BureauPageFactory, TopicFactory

    page = BureauPageFactory(kind="about")
    topic = TopicFactory(slug="matrix-unused-topic", name="A topic nobody uses yet")
    return {"speakers/bureaupage": page.pk, "speakers/topic": topic.pk}
