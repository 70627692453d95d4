"""Permission-matrix rows of the content app's news part (see tests/matrix/__init__.py).

The matrix's post is members-only and has a picture: the signed-out are sent to sign in, members
(full and supporting, and the roles that hold a full membership) and editors see it, everyone
else gets 404. The list, the feeds and the sitemap are public (they list what each may see;
content/tests/test_news*.py checks what that is). Content editors and network administrators
write posts and topics in the admin.
"""

from .base import row

_ADMIN = row("302 302 302 302 403 200 302 302 403 403 403 200")
_ADMIN_REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "sitemap.xml": ("/sitemap.xml", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "news/": ("/news/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "news/feed/rss/": ("/news/feed/rss/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "news/feed/atom/": ("/news/feed/atom/", row("200 200 200 200 200 200 200 200 200 200 200 200")),
    "news/<slug:slug>/": ("/news/{news_post}/", row("302 404 200 200 404 200 200 404 200 404 404 200")),
    "news/<slug:slug>/picture/": ("/news/{news_post}/picture/", row("302 404 200 200 404 200 200 404 200 404 404 200")),
    "admin/content/newspost/": ("/admin/content/newspost/", _ADMIN),
    "admin/content/newspost/add/": ("/admin/content/newspost/add/", _ADMIN),
    "admin/content/newspost/<path:object_id>/history/": ("/admin/content/newspost/{content/newspost}/history/", _ADMIN),
    "admin/content/newspost/<path:object_id>/delete/": ("/admin/content/newspost/{content/newspost}/delete/", _ADMIN),
    "admin/content/newspost/<path:object_id>/change/": ("/admin/content/newspost/{content/newspost}/change/", _ADMIN),
    "admin/content/newspost/<path:object_id>/": ("/admin/content/newspost/{content/newspost}/", _ADMIN_REDIRECT),
    "admin/content/newstopic/": ("/admin/content/newstopic/", _ADMIN),
    "admin/content/newstopic/add/": ("/admin/content/newstopic/add/", _ADMIN),
    "admin/content/newstopic/<path:object_id>/history/": ("/admin/content/newstopic/{content/newstopic}/history/", _ADMIN),
    "admin/content/newstopic/<path:object_id>/delete/": ("/admin/content/newstopic/{content/newstopic}/delete/", _ADMIN),
    "admin/content/newstopic/<path:object_id>/change/": ("/admin/content/newstopic/{content/newstopic}/change/", _ADMIN),
    "admin/content/newstopic/<path:object_id>/": ("/admin/content/newstopic/{content/newstopic}/", _ADMIN_REDIRECT),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above."""
    from content.models import Access
    from content.tests.factories import NewsPostFactory, NewsTopicFactory
    from tests.factories import picture_file

    topic = NewsTopicFactory(slug="network-news", name="Network news")
    post = NewsPostFactory(
        slug="members-gathering",
        access=Access.MEMBERS,
        image=picture_file(),
        image_alt="Peers around a table",
    )
    post.topics.set([topic])
    return {"news_post": post.slug, "content/newspost": post.pk, "content/newstopic": topic.pk}
