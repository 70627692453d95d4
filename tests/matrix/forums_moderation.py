"""Permission-matrix rows of the forums' moderation part (see tests/matrix/__init__.py).

The forum moderator fixture moderates one category open to all members; a post there (by another
member) is reported by the full member as someone in distress. Members who read the category may
report the post; only its moderator and network administrators reach the moderation pages, and
everyone else signed in gets 404 (never 403: nobody learns what is reported where). Actions are
POST forms (405 on GET). Categories and watched phrases are kept in the admin by content editors
and network administrators; flags, reports and the log are read-only there, for network
administrators.
"""

from .base import row

MOD = "/forums/moderation"
NOBODY_BUT_MODERATORS = row("302 404 404 404 404 404 200 404 404 404 404 200")
POST_ONLY = row("405 405 405 405 405 405 405 405 405 405 405 405")

# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "forums/p/<int:pk>/report/": ("/forums/p/{forums/post}/report/", row("302 404 200 200 404 404 200 404 200 404 404 200")),
    "forums/moderation/": (f"{MOD}/", NOBODY_BUT_MODERATORS),
    "forums/moderation/distress/": (f"{MOD}/distress/", NOBODY_BUT_MODERATORS),
    "forums/moderation/<slug:slug>/": (f"{MOD}/{{forums/category_slug}}/", NOBODY_BUT_MODERATORS),
    "forums/moderation/<slug:slug>/log/": (f"{MOD}/{{forums/category_slug}}/log/", NOBODY_BUT_MODERATORS),
    "forums/moderation/p/<int:pk>/warn/": (f"{MOD}/p/{{forums/post}}/warn/", NOBODY_BUT_MODERATORS),
    "forums/moderation/p/<int:pk>/suspend/": (f"{MOD}/p/{{forums/post}}/suspend/", NOBODY_BUT_MODERATORS),
    "forums/moderation/t/<int:pk>/move/": (f"{MOD}/t/{{forums/thread}}/move/", NOBODY_BUT_MODERATORS),
    "forums/moderation/p/<int:pk>/act/": (f"{MOD}/p/{{forums/post}}/act/", POST_ONLY),
    "forums/moderation/r/<int:pk>/dismiss/": (f"{MOD}/r/{{forums/report}}/dismiss/", POST_ONLY),
    "forums/moderation/f/<int:pk>/respond/": (f"{MOD}/f/{{forums/flag}}/respond/", POST_ONLY),
    "forums/moderation/t/<int:pk>/act/": (f"{MOD}/t/{{forums/thread}}/act/", POST_ONLY),
}
ADMIN = {
    # model: (object placeholder, rows for: changelist, add, history, delete, change)
    "category": ("forums/category", ["200", "200", "200", "200", "200"], ["200", "200", "200", "200", "200"]),
    "watchedphrase": ("forums/watchedphrase", ["200", "200", "200", "200", "200"], ["200", "200", "200", "200", "200"]),
    "distressflag": ("forums/flag", ["403", "403", "403", "403", "403"], ["200", "403", "200", "403", "200"]),
    "report": ("forums/report", ["403", "403", "403", "403", "403"], ["200", "403", "200", "403", "200"]),
    "moderationaction": ("forums/action", ["403", "403", "403", "403", "403"], ["200", "403", "200", "403", "200"]),
}
# fmt: on
for _model, (_key, _editor, _admin) in ADMIN.items():
    _base = f"/admin/forums/{_model}"
    _pages = [
        (f"admin/forums/{_model}/", f"{_base}/"),
        (f"admin/forums/{_model}/add/", f"{_base}/add/"),
        (f"admin/forums/{_model}/<path:object_id>/history/", f"{_base}/{{{_key}}}/history/"),
        (f"admin/forums/{_model}/<path:object_id>/delete/", f"{_base}/{{{_key}}}/delete/"),
        (f"admin/forums/{_model}/<path:object_id>/change/", f"{_base}/{{{_key}}}/change/"),
    ]
    for (_route, _path), _ed, _ad in zip(_pages, _editor, _admin, strict=True):
        # Staff without the model permission get 403; people with no admin role sign in (302).
        ROWS[_route] = (_path, row(f"302 302 302 302 403 {_ed} 302 302 403 403 403 {_ad}"))
    ROWS[f"admin/forums/{_model}/<path:object_id>/"] = (
        f"{_base}/{{{_key}}}/",
        row("302 302 302 302 302 302 302 302 302 302 302 302"),
    )


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above; `request.getfixturevalue` gives people."""
    from guardian.shortcuts import assign_perm

    from content.forums.models import DistressFlag, ModerationAction, Report, WatchedPhrase
    from content.forums.tests.factories import CategoryFactory, ThreadFactory

    moderator = request.getfixturevalue("forum_moderator")
    full_member = request.getfixturevalue("full_member")
    category = CategoryFactory(slug="peer-talk")
    assign_perm("forums.moderate_category", moderator, category)
    thread = ThreadFactory(category=category, posts=2)
    post = thread.posts.get(number=2)
    report = Report.objects.create(post=post, reporter=full_member, reason=Report.Reason.DISTRESS)
    flag = DistressFlag.objects.create(post=post, source=DistressFlag.Source.REPORT, report=report)
    action = ModerationAction.objects.create(
        category=category, moderator=moderator, kind=ModerationAction.Kind.PIN, thread=thread
    )
    phrase = WatchedPhrase.objects.create(phrase="can't go on", language="en")
    return {
        "forums/category": category.pk,
        "forums/category_slug": category.slug,
        "forums/thread": thread.pk,
        "forums/post": post.pk,
        "forums/report": report.pk,
        "forums/flag": flag.pk,
        "forums/action": action.pk,
        "forums/watchedphrase": phrase.pk,
    }
