"""Forums demo data: the moderation part (called by content.forums.demo.seed_forums_demo, after
the threads part's).

Watched phrases in English and French; in the general category (made here if the threads part's
demo has not made it, with the demo moderator granted), a thread with open reports: one of
distress with a flag nobody has responded to yet, one of harassment, one of spam; a post waiting
for approval; and a few entries in the moderation log. Idempotent: found by slug, title and text.
Rows are written directly, so seeding emails nobody.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from guardian.shortcuts import assign_perm

from members.models import User

from ..models import (
    Category,
    DistressFlag,
    ModerationAction,
    Post,
    Report,
    Rule,
    Thread,
    WatchedPhrase,
)

PHRASES = (
    ("want to die", "en"),
    ("can't go on", "en"),
    ("end it all", "en"),
    ("no way out", "en"),
    ("kill myself", "en"),
    ("en finir", "fr"),
    ("plus la force", "fr"),
    ("envie de mourir", "fr"),
    ("pas d'issue", "fr"),
)

THREAD_TITLE = "Hard evenings: what helps you get through?"
# (author's email, text, status, report: (reporter's email, reason, note) or None)
POSTS = (
    (
        "speaker@example.org",
        "Evenings are the hardest for me since I stopped using. What helps you get through "
        "them? For me it is calling a peer and a long walk.",
        Post.Status.VISIBLE,
        None,
    ),
    (
        "supporting.member@example.org",
        "Honestly, some nights I can't go on like this. Everything feels heavy and I do not "
        "know who to talk to.",
        Post.Status.VISIBLE,
        ("full.member@example.org", Report.Reason.DISTRESS, "I am worried about them."),
    ),
    (
        "governance@example.org",
        "Nobody asked you. If you cannot handle it, stop posting here.",
        Post.Status.VISIBLE,
        ("speaker@example.org", Report.Reason.HARASSMENT, "This is unkind and aimed at Sam."),
    ),
    (
        "full.member@example.org",
        "Great deals on supplements, message me for the link!!!",
        Post.Status.VISIBLE,
        ("supporting.member@example.org", Report.Reason.SPAM, ""),
    ),
    (
        "supporting.member@example.org",
        "Bonjour à tous, je suis nouvelle ici. Le soir, j'écoute de la musique et j'écris "
        "à une amie. Merci de partager vos idées.",
        Post.Status.HELD,
        None,
    ),
)


def _category(moderator: User) -> Category:
    category, _created = Category.objects.get_or_create(
        slug="general",
        defaults={
            "name": "General peer support",
            "name_fr": "Soutien par les pairs",
            "description": "Questions, good news and hard days: talk with peers across Ontario.",
            "read_rule": Rule.MEMBERS,
            "write_rule": Rule.MEMBERS,
        },
    )
    assign_perm("forums.moderate_category", moderator, category)
    return category


@transaction.atomic
def seed() -> None:
    for phrase, language in PHRASES:
        WatchedPhrase.objects.get_or_create(phrase=phrase, language=language)
    people = {user.email: user for user in User.objects.filter(email__endswith="@example.org")}
    moderator = people["moderator@example.org"]
    category = _category(moderator)
    thread, created = Thread.objects.get_or_create(
        category=category,
        title=THREAD_TITLE,
        defaults={"author": people["speaker@example.org"], "last_post_at": timezone.now()},
    )
    for email, body, status, report in POSTS:
        post = Post.objects.filter(thread=thread, body=body).first()
        if post is None:
            number = (
                Thread.objects.select_for_update()
                .values_list("last_number", flat=True)
                .get(pk=thread.pk)
                + 1
            )
            post = Post.objects.create(
                thread=thread,
                number=number,
                author=people[email],
                body=body,
                body_html=f"<p>{escape(body)}</p>",
                status=status,
            )
            Thread.objects.filter(pk=thread.pk).update(
                last_number=number,
                post_count=thread.post_count + (status == Post.Status.VISIBLE),
                last_post_at=post.created_at,
            )
            thread.refresh_from_db()
        if report is not None:
            reporter, reason, note = report
            saved, made = Report.objects.get_or_create(
                post=post, reporter=people[reporter], defaults={"reason": reason, "note": note}
            )
            if made and reason == Report.Reason.DISTRESS:
                DistressFlag.objects.create(
                    post=post,
                    source=DistressFlag.Source.REPORT,
                    report=saved,
                    notified_at=timezone.now(),
                )
    if created:
        Thread.objects.filter(pk=thread.pk).update(is_pinned=True)
        first = thread.posts.order_by("number").first()
        ModerationAction.objects.bulk_create(
            [
                ModerationAction(
                    category=category,
                    moderator=moderator,
                    kind=ModerationAction.Kind.PIN,
                    thread=thread,
                    note="Pinned: a thread many members come back to.",
                ),
                ModerationAction(
                    category=category,
                    moderator=moderator,
                    kind=ModerationAction.Kind.APPROVE,
                    thread=thread,
                    post=first,
                    member=first.author,
                    note="Premier message approuvé : bienvenue !",
                ),
            ]
        )
