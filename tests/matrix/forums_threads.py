"""Permission-matrix rows of the forums' threads part (see tests/matrix/__init__.py).

The matrix's category is open to all members: the signed-out are sent to sign in, the member
roles (full, supporting, and the roles that hold a full membership: moderator, governance) and
network administrators read it, everyone else gets 404 (they never learn it exists). The post is
the full member's: only they may edit or delete it (network administrators moderate every
category, so they may edit it too); its history is for moderators. Reactions and mutes are POST
only. Content/forums/tests/test_threads_access.py checks every category rule by role.
"""

from .base import row

_READ = row("302 404 200 200 404 404 200 404 200 404 404 200")
_REDIRECT = row("302 404 302 302 404 404 302 404 302 404 404 302")
_POST_ONLY = row("405 405 405 405 405 405 405 405 405 405 405 405")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "forums/": ("/forums/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "forums/guidelines/": ("/forums/guidelines/", row("302 200 200 200 200 200 200 200 200 200 200 200")),
    "forums/t/<int:pk>/": ("/forums/t/{forum_thread}/", _READ),
    "forums/t/<int:pk>/unread/": ("/forums/t/{forum_thread}/unread/", _REDIRECT),
    "forums/t/<int:pk>/reply/": ("/forums/t/{forum_thread}/reply/", _READ),
    "forums/p/<int:pk>/": ("/forums/p/{forum_post}/", _REDIRECT),
    "forums/p/<int:pk>/edit/": ("/forums/p/{forum_post}/edit/", row("302 404 200 404 404 404 404 404 404 404 404 200")),
    "forums/p/<int:pk>/delete/": ("/forums/p/{forum_post}/delete/", row("302 404 200 404 404 404 404 404 404 404 404 404")),
    "forums/p/<int:pk>/history/": ("/forums/p/{forum_post}/history/", row("302 404 404 404 404 404 404 404 404 404 404 200")),
    "forums/p/<int:pk>/react/": ("/forums/p/{forum_post}/react/", _POST_ONLY),
    "forums/people/<int:pk>/mute/": ("/forums/people/{forum_author}/mute/", _POST_ONLY),
    "forums/<slug:slug>/": ("/forums/{forum_category}/", _READ),
    "forums/<slug:slug>/new/": ("/forums/{forum_category}/new/", _READ),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above."""
    from content.forums.tests.factories import CategoryFactory, ThreadFactory

    full_member = request.getfixturevalue("full_member")
    category = CategoryFactory(slug="peer-support")
    thread = ThreadFactory(category=category, author=full_member, posts=3)
    post = thread.posts.get(number=1)
    return {
        "forum_category": category.slug,
        "forum_thread": thread.pk,
        "forum_post": post.pk,
        "forum_author": full_member.pk,
    }
