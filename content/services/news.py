"""Content services: the news part. Editors write posts in the admin, which saves through here:
the author is the editor who created the post, publishing dates an undated post now, every
save is checked (`full_clean`, so a picture always has its description) and audited, and a
replaced or deleted picture leaves the storage once the change is committed."""

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from network.services import audit_record

from ..models import NewsPost, Status

__all__ = ["news_post_delete", "news_post_publish", "news_post_save", "news_post_unpublish"]


def _forget_picture_later(name: str) -> None:
    if name:
        transaction.on_commit(lambda: default_storage.delete(name))


def _stored_picture(post: NewsPost) -> str:
    if post.pk is None:
        return ""
    return NewsPost.objects.filter(pk=post.pk).values_list("image", flat=True).first() or ""


@transaction.atomic
def news_post_save(*, post: NewsPost, editor) -> NewsPost:
    """Create or update `post` as `editor` wrote it (its topics and LHINs are set by the caller
    after, as the admin does)."""
    created = post.pk is None
    if created and post.author_id is None and editor is not None and editor.is_authenticated:
        post.author = editor
    if post.status == Status.PUBLISHED and post.published_at is None:
        post.published_at = timezone.now()
    post.full_clean()
    previous_picture = _stored_picture(post)
    post.save()
    if previous_picture != post.image.name:
        _forget_picture_later(previous_picture)
    audit_record(
        actor=editor,
        action="news.create" if created else "news.update",
        target=post,
        status=post.status,
        access=post.access,
    )
    return post


@transaction.atomic
def news_post_publish(*, post: NewsPost, editor) -> NewsPost:
    """Publish `post`: now if undated; on its date if that is to come (scheduled)."""
    post.status = Status.PUBLISHED
    if post.published_at is None:
        post.published_at = timezone.now()
    post.full_clean()
    post.save(update_fields=["status", "published_at", "updated_at"])
    audit_record(actor=editor, action="news.publish", target=post)
    return post


@transaction.atomic
def news_post_unpublish(*, post: NewsPost, editor) -> NewsPost:
    """Take `post` back to draft: it leaves the list, the feeds and the sitemap at once."""
    post.status = Status.DRAFT
    post.save(update_fields=["status", "updated_at"])
    audit_record(actor=editor, action="news.unpublish", target=post)
    return post


@transaction.atomic
def news_post_delete(*, post: NewsPost, editor) -> None:
    audit_record(actor=editor, action="news.delete", target=post)
    _forget_picture_later(post.image.name)
    post.delete()
