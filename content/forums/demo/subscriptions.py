"""Forums demo data: the subscriptions part (called by content.forums.demo.seed_forums_demo).

Demo members watch threads (those they may read), River takes a daily digest and Sam Ally a
weekly one, and each has notifications, a mention among them. It builds on the threads part's
demo (the threads), and makes no thread of its own: with none, only the settings are seeded.
Idempotent: running it again adds nothing.
"""

from django.utils.html import escape, linebreaks

from members.models import User

from ..models import Category, ForumProfile, Post, Subscription, Thread
from ..selectors.subscriptions import viewer_for, visible_posts
from ..services.subscriptions import notifications_create, subscription_watch

# (who writes, who is mentioned, in which language, the reply)
MENTIONS = (
    (
        "supporting.member@example.org",
        "River",
        "en",
        "@River thank you for telling us about the Thursday peer group. I went with my brother "
        "last week: nobody asked us to explain ourselves, and we are going back.",
    ),
    (
        "speaker@example.org",
        "River",
        "fr",
        "@River merci d'avoir partagé ton parcours. Ça me rappelle que le rétablissement n'est pas "
        "une ligne droite, et que le soutien entre pairs fait toute la différence.",
    ),
)


def _person(email: str) -> User | None:
    return User.objects.filter(email=email).first()


def _reply(thread: Thread, author: User, body: str) -> Post:
    """A reply written as the threads part writes one (the next number, the thread's counters)."""
    existing = Post.objects.filter(thread=thread, author=author, body=body).first()
    if existing is not None:
        return existing
    number = thread.last_number + 1
    post = Post.objects.create(
        thread=thread, number=number, author=author, body=body, body_html=linebreaks(escape(body))
    )
    Thread.objects.filter(pk=thread.pk).update(
        last_number=number, post_count=thread.post_count + 1, last_post_at=post.created_at
    )
    return post


def seed() -> None:
    river = _person("full.member@example.org")
    sam = _person("supporting.member@example.org")
    morgan = _person("speaker@example.org")
    if river is None or sam is None or morgan is None:
        return
    ForumProfile.objects.update_or_create(person=river, defaults={"digest": "daily"})
    ForumProfile.objects.update_or_create(person=sam, defaults={"digest": "weekly"})
    threads = list(
        Thread.objects.filter(is_hidden=False).select_related("category").order_by("pk")[:6]
    )
    for person in (river, sam, morgan):
        viewer = viewer_for(person)
        for thread in threads:
            if viewer.may_read(thread.category):
                subscription_watch(person=person, thread=thread)
        category = Category.objects.filter(viewer.readable_q()).order_by("order").first()
        if category is not None and person is river:
            Subscription.objects.get_or_create(person=river, category=category)
    for index, (email, _name, _language, body) in enumerate(MENTIONS):
        author = _person(email)
        author_reads, river_reads = viewer_for(author).may_read, viewer_for(river).may_read
        shared = [t for t in threads if author_reads(t.category) and river_reads(t.category)]
        if not shared:
            continue
        thread = Thread.objects.get(pk=shared[index % len(shared)].pk)
        post = _reply(thread, author, body)
        notifications_create(post_id=post.pk)
    # The latest replies in what they watch, as the notifications would have been made.
    for post in visible_posts().filter(thread__in=threads).order_by("-created_at")[:6]:
        notifications_create(post_id=post.pk)
