"""Model permissions the newsletter part gives each role (gathered by content.permissions).

Content editors compose and send issues, but never see the subscribers' addresses: composing
needs only their number. Network administrators also see the subscribers (to answer a person
about their subscription, unsubscribe or erase it) and the record of deliveries.
"""

from governance.permissions.base import crud

_ISSUES = crud("content.newsletterissue")

CONTENT_EDITOR: tuple[str, ...] = _ISSUES
NETWORK_ADMINISTRATOR: tuple[str, ...] = (
    *_ISSUES,
    "content.view_subscriber",
    "content.change_subscriber",  # the "unsubscribe" action only: every field is read only
    "content.delete_subscriber",
    "content.view_delivery",
)
LHIN_COORDINATOR: tuple[str, ...] = ()
