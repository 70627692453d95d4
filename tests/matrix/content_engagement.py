"""Permission-matrix rows of the content app's engagement part: jobs, newsletter, contact (see
tests/matrix/__init__.py).

The job named here is for members only: the signed-out are sent to sign in, other non-members get
404, as for any members-only content. The newsletter's links open with the signed token alone, no
account needed. In the admin, content editors and network administrators run job postings and
newsletter issues (the issue here is a draft, so it may still be sent or deleted); only network
administrators see the subscribers, the deliveries and the contact messages, and nobody adds one.
"""

from .base import row

STAFF_EDITS = row("302 302 302 302 403 200 302 302 403 403 403 200")
ADMIN_ONLY = row("302 302 302 302 403 403 302 302 403 403 403 200")
NOBODY = row("302 302 302 302 403 403 302 302 403 403 403 403")
REDIRECT = row("302 302 302 302 302 302 302 302 302 302 302 302")
EVERYONE = row("200 200 200 200 200 200 200 200 200 200 200 200")


def _admin_rows(model: str, *, listed, add, history, delete, change) -> dict:
    base = f"admin/content/{model}/"
    path = f"/admin/content/{model}/"
    placeholder = "{content/" + model + "}"
    return {
        base: (path, listed),
        f"{base}add/": (f"{path}add/", add),
        f"{base}<path:object_id>/history/": (f"{path}{placeholder}/history/", history),
        f"{base}<path:object_id>/delete/": (f"{path}{placeholder}/delete/", delete),
        f"{base}<path:object_id>/change/": (f"{path}{placeholder}/change/", change),
        f"{base}<path:object_id>/": (f"{path}{placeholder}/", REDIRECT),
    }


# fmt: off
ROWS: dict[str, tuple[str, dict[str, int]]] = {
    # route: (path requested, row("anon outsider full supporting coordinator editor moderator reviewer governance complaints treasurer admin"))
    "jobs/": ("/jobs/", EVERYONE),
    "jobs/<slug:slug>/": ("/jobs/{content/job}/", row("302 404 200 200 404 200 200 404 200 404 404 200")),
    "newsletter/": ("/newsletter/", EVERYONE),
    "newsletter/confirm/<str:token>/": ("/newsletter/confirm/{content/confirm}/", EVERYONE),
    "newsletter/unsubscribe/<str:token>/": ("/newsletter/unsubscribe/{content/unsubscribe}/", EVERYONE),
    "contact/thanks/": ("/contact/thanks/", EVERYONE),
    **_admin_rows("jobposting", listed=STAFF_EDITS, add=STAFF_EDITS, history=STAFF_EDITS, delete=STAFF_EDITS, change=STAFF_EDITS),
    **_admin_rows("newsletterissue", listed=STAFF_EDITS, add=STAFF_EDITS, history=STAFF_EDITS, delete=STAFF_EDITS, change=STAFF_EDITS),
    "admin/content/newsletterissue/<int:pk>/preview/": ("/admin/content/newsletterissue/{content/newsletterissue}/preview/", STAFF_EDITS),
    "admin/content/newsletterissue/<int:pk>/send/": ("/admin/content/newsletterissue/{content/newsletterissue}/send/", STAFF_EDITS),
    **_admin_rows("subscriber", listed=ADMIN_ONLY, add=NOBODY, history=ADMIN_ONLY, delete=ADMIN_ONLY, change=ADMIN_ONLY),
    **_admin_rows("delivery", listed=ADMIN_ONLY, add=NOBODY, history=ADMIN_ONLY, delete=NOBODY, change=ADMIN_ONLY),
    **_admin_rows("contactmessage", listed=ADMIN_ONLY, add=NOBODY, history=ADMIN_ONLY, delete=ADMIN_ONLY, change=ADMIN_ONLY),
}
# fmt: on


def objects(request) -> dict[str, object]:
    """Ids for the {placeholders} of the paths above."""
    from content.models import Access, Delivery
    from content.selectors.newsletter import confirm_token, unsubscribe_token
    from content.tests.factories import (
        ContactMessageFactory,
        JobPostingFactory,
        NewsletterIssueFactory,
        SubscriberFactory,
    )

    subscriber = SubscriberFactory()
    waiting = SubscriberFactory(status="pending", confirmed_at=None)
    issue = NewsletterIssueFactory()
    sent_issue = NewsletterIssueFactory(status="sent")
    delivery = Delivery.objects.create(
        issue=sent_issue, subscriber=subscriber, email=subscriber.email
    )
    return {
        "content/job": JobPostingFactory(access=Access.MEMBERS).slug,
        "content/confirm": confirm_token(waiting),
        "content/unsubscribe": unsubscribe_token(subscriber),
        "content/jobposting": JobPostingFactory().pk,
        "content/newsletterissue": issue.pk,
        "content/subscriber": subscriber.pk,
        "content/delivery": delivery.pk,
        "content/contactmessage": ContactMessageFactory().pk,
    }
