"""What the forums hold about a person, for "My data" (members.personal_data): their posts (with
the thread, the date and the text, hidden or deleted ones too: they are theirs), the reactions
they gave, the reports they made, the members they muted, what they watch, their notifications
and their forum settings. Seven queries, however much there is."""

from ..models import ForumProfile, Mute, Notification, Post, Reaction, Report, Subscription

__all__ = ["personal_records_of"]


def _post_name(post: Post) -> str:
    return f"{post.thread.title} #{post.number}"


def personal_records_of(person) -> dict[str, list[dict]]:
    posts = (
        Post.objects.filter(author=person)
        .select_related("thread")
        .only(
            "number",
            "body",
            "content_warning",
            "status",
            "created_at",
            "edited_at",
            "deleted_at",
            "thread",
            "thread__title",
        )
        .order_by("created_at", "pk")
    )
    reactions = (
        Reaction.objects.filter(person=person)
        .select_related("post__thread")
        .only("kind", "created_at", "post", "post__number", "post__thread", "post__thread__title")
        .order_by("created_at", "pk")
    )
    reports = (
        Report.objects.filter(reporter=person)
        .select_related("post__thread")
        .only(
            "reason",
            "note",
            "status",
            "created_at",
            "post",
            "post__number",
            "post__thread",
            "post__thread__title",
        )
        .order_by("created_at", "pk")
    )
    mutes = (
        Mute.objects.filter(person=person)
        .select_related("muted")
        .only("created_at", "muted", "muted__display_name")
        .order_by("created_at", "pk")
    )
    subscriptions = (
        Subscription.objects.filter(person=person)
        .select_related("thread", "category")
        .only(
            "created_at",
            "thread",
            "thread__title",
            "category",
            "category__name",
            "category__name_fr",
        )
        .order_by("created_at", "pk")
    )
    notifications = (
        Notification.objects.filter(person=person)
        .select_related("post__thread")
        .only(
            "kind",
            "created_at",
            "emailed_at",
            "read_at",
            "post",
            "post__number",
            "post__thread",
            "post__thread__title",
        )
        .order_by("created_at", "pk")
    )
    profile = ForumProfile.objects.filter(person=person).first()
    return {
        "notifications": [
            {
                "post": _post_name(notification.post),
                "kind": notification.get_kind_display(),
                "made_at": notification.created_at,
                "emailed_at": notification.emailed_at,
                "read_at": notification.read_at,
            }
            for notification in notifications
        ],
        "posts": [
            {
                "thread": _post_name(post),
                "written_at": post.created_at,
                "edited_at": post.edited_at,
                "deleted_at": post.deleted_at,
                "status": post.get_status_display(),
                "content_warning": post.get_content_warning_display(),
                "text": post.body,
            }
            for post in posts
        ],
        "reactions": [
            {
                "post": _post_name(reaction.post),
                "reaction": reaction.get_kind_display(),
                "given_at": reaction.created_at,
            }
            for reaction in reactions
        ],
        "reports": [
            {
                "post": _post_name(report.post),
                "reason": report.get_reason_display(),
                "details": report.note,
                "reported_at": report.created_at,
                "status": report.get_status_display(),
            }
            for report in reports
        ],
        "mutes": [
            {"member": mute.muted.display_name, "muted_at": mute.created_at} for mute in mutes
        ],
        "subscriptions": [
            {
                "watching": subscription.thread.title
                if subscription.thread_id
                else subscription.category.display_name,
                "since": subscription.created_at,
            }
            for subscription in subscriptions
        ],
        "settings": [
            {
                "guidelines_accepted_at": profile.guidelines_accepted_at,
                "digest": profile.get_digest_display(),
                "email_replies": profile.email_replies,
                "email_mentions": profile.email_mentions,
                "posting_suspended_until": profile.posting_suspended_until,
            }
        ]
        if profile is not None
        else [],
    }
