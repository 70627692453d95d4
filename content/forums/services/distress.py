"""Forums services: the distress workflow.

A post that becomes visible (`signals.post_published`) is read against the active watched
phrases, in both languages, case- and accent-insensitively and as whole words: a match raises a
`DistressFlag` (source "phrase"). A report of distress raises one too (`services.moderation`).
Every new flag has the category's moderators emailed by a worker after the commit (the network
administrators when the category has none), once. The post is never hidden automatically: a
person reaching out should be answered, not silenced.

The email names the category and links to the post and the queue, never the post's text: it
leaves the platform, and may hold what someone in distress shared with peers only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.db import transaction
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from network.selectors import network_administrators
from network.services import email_person

from .. import signals
from ..models import DistressFlag, Post, Report, WatchedPhrase
from ..selectors.access import moderators_of

__all__ = [
    "distress_flag_notify",
    "distress_flag_raise",
    "distress_flag_respond",
    "distress_notice_for",
    "phrase_matched",
]

# Apostrophes people type differently on phones and keyboards (curly or straight).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def _normalized(text: str) -> str:
    """Lower case, without accents, one kind of apostrophe: "PLUS LA FORCE" and "plus là force"
    read alike."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _pattern(phrase: str) -> re.Pattern:
    words = _normalized(phrase).split()
    # Whole words only ("die" is not in "diet"); any run of spaces or line breaks between them.
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)")


def phrase_matched(text: str, phrases: Iterable[str]) -> str:
    """The first of `phrases` found in `text` as whole words, or ""."""
    normalized = _normalized(text)
    for phrase in phrases:
        if phrase.strip() and _pattern(phrase).search(normalized):
            return phrase
    return ""


def distress_flag_raise(
    *, post: Post, source: str, report: Report | None = None, phrase: str = ""
) -> DistressFlag:
    """Flag `post` as someone possibly in distress; the moderators are emailed after the commit."""
    from ..tasks.moderation import distress_flag_notify_task

    flag = DistressFlag(post=post, source=source, report=report, phrase=phrase)
    flag.full_clean(exclude=["post", "report"])
    flag.save()
    transaction.on_commit(lambda: distress_flag_notify_task.delay(flag.pk))
    return flag


def distress_flag_notify(*, flag_id: int) -> int:
    """Email the flag's category moderators (else the network administrators) once: the flag is
    claimed with a conditional UPDATE, so a second run, or a second worker, sends nothing.
    Returns how many people were emailed."""
    claimed = DistressFlag.objects.filter(pk=flag_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return 0
    flag = DistressFlag.objects.select_related("post__thread__category", "report").get(pk=flag_id)
    category = flag.post.thread.category
    people = list(moderators_of(category)) or list(network_administrators())
    context = {
        "flag": flag,
        "category": category,
        "post_url": flag.post.get_absolute_url(),
        "queue_url": reverse("forums:moderation_category", args=[category.slug]),
    }
    with transaction.atomic():
        for person in people:
            email_person(
                person=person, template="forums/moderation/email/distress_flag", context=context
            )
    return len(people)


def distress_flag_respond(*, post: Post, moderator) -> int:
    """Record the first response to the post's open flags (only where none is recorded yet, so
    the first responder and time stay put). Returns how many flags it recorded."""
    return DistressFlag.objects.filter(post=post, first_response_at__isnull=True).update(
        first_response_at=timezone.now(), first_responder=moderator
    )


def distress_notice_for(post: Post) -> bool:
    """Whether the poster should be shown, privately and kindly, the crisis and warm-line help
    right after posting: their post matched a watched phrase."""
    return DistressFlag.objects.filter(post=post, source=DistressFlag.Source.PHRASE).exists()


@receiver(signals.post_published, dispatch_uid="forums.distress.watched_phrases")
def _watch_phrases(sender, post: Post, **kwargs) -> None:
    watched_phrases_check(post=post)


def watched_phrases_check(*, post: Post) -> None:
    """Read a new post against the watched phrases (both languages: people write in either,
    whatever the page's language). Run when a post is published, and for a first post held for
    approval at once: someone in distress must not wait for a moderator's queue. Once per post."""
    phrases = WatchedPhrase.objects.filter(is_active=True).values_list("phrase", flat=True)
    matched = phrase_matched(post.body, list(phrases))
    if (
        matched
        and not DistressFlag.objects.filter(post=post, source=DistressFlag.Source.PHRASE).exists()
    ):
        distress_flag_raise(post=post, source=DistressFlag.Source.PHRASE, phrase=matched)
