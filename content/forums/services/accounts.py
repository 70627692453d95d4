"""The forums when a person closes their account (`members.services.account_close`).

What they wrote stays, so conversations still make sense, under "former member": their threads
and posts lose their author (null), and so do the edits they made and the moderation log's lines
about them, so nothing links those posts back to the closed account. Reports they made stay for
the moderators, with no reporter. Everything else of theirs goes: their forum profile (settings,
guidelines accepted, standing), what they watch, their notifications, their mutes (and the
mutes of them, now pointless), their read markers and their reactions.
"""

from django.db import transaction

from members.models import User

from ..models import (
    ForumProfile,
    ModerationAction,
    Mute,
    Notification,
    Post,
    PostRevision,
    Reaction,
    ReadMarker,
    Report,
    Subscription,
    Thread,
)

__all__ = ["forums_forget_person"]


@transaction.atomic
def forums_forget_person(*, person: User) -> None:
    """For `members.services.account_close`: a fixed number of statements, however much they
    wrote."""
    Post.objects.filter(author=person).update(author=None)
    Thread.objects.filter(author=person).update(author=None)
    PostRevision.objects.filter(edited_by=person).update(edited_by=None)
    ModerationAction.objects.filter(member=person).update(member=None)
    Report.objects.filter(reporter=person).update(reporter=None)
    ForumProfile.objects.filter(person=person).delete()
    Subscription.objects.filter(person=person).delete()
    Notification.objects.filter(person=person).delete()
    Mute.objects.filter(person=person).delete()
    Mute.objects.filter(muted=person).delete()
    ReadMarker.objects.filter(person=person).delete()
    Reaction.objects.filter(person=person).delete()
