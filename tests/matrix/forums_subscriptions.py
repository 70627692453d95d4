"""Permission-matrix rows of the forums' subscriptions part (see tests/matrix/__init__.py).

Watching answers POST only: a GET is 405 for those who may read the thread or category, 404 for
the others (as for one that does not exist), and the signed-out are sent to sign in. The thread
here is in a category open to all members; the category is a peer-only space (full members), so
the supporting member gets 404 there. The settings and notifications pages are for people who
may read some category (404 for the others). The one-click unsubscribe link needs no account.
"""

from .base import row

WATCH_OPEN = row("302 404 405 405 404 404 405 404 405 404 404 405")
WATCH_PEER_ONLY = row("302 404 405 404 404 404 405 404 405 404 404 405")
READERS = row("302 404 200 200 404 404 200 404 200 404 404 200")
EVERYONE = row("200 200 200 200 200 200 200 200 200 200 200 200")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "forums/t/<int:pk>/watch/": ("/forums/t/{forums/subscriptions/thread}/watch/", WATCH_OPEN),
    "forums/<slug:slug>/watch/": ("/forums/{forums/subscriptions/category}/watch/", WATCH_PEER_ONLY),
    "forums/settings/": ("/forums/settings/", READERS),
    "forums/notifications/": ("/forums/notifications/", READERS),
    "forums/unsubscribe/<str:token>/": ("/forums/unsubscribe/{forums/subscriptions/unsubscribe}/", EVERYONE),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above."""
    from content.forums.models import Rule
    from content.forums.selectors.subscriptions import Unsubscribe, unsubscribe_token
    from content.forums.tests.factories import CategoryFactory, ThreadFactory

    full_member = request.getfixturevalue("full_member")
    return {
        "forums/subscriptions/thread": ThreadFactory(author=full_member).pk,
        "forums/subscriptions/category": CategoryFactory(
            read_rule=Rule.FULL_MEMBERS, write_rule=Rule.FULL_MEMBERS
        ).slug,
        "forums/subscriptions/unsubscribe": unsubscribe_token(full_member, Unsubscribe.DIGEST),
    }
