"""The model permissions the forums give each role (read by `network.roles`). Moderation itself
is granted per category (django-guardian), never by a model permission."""

_CATEGORIES = tuple(
    f"forums.{action}_{model}"
    for model in ("category", "watchedphrase")
    for action in ("add", "change", "delete", "view")
)

CONTENT_EDITOR_FORUMS_PERMISSIONS = _CATEGORIES
NETWORK_ADMINISTRATOR_FORUMS_PERMISSIONS = (
    *_CATEGORIES,
    "forums.view_distressflag",
    "forums.view_moderationaction",
    "forums.view_report",
)
