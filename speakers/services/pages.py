"""Speakers' bureau services: the pages part.

The admin saves the bureau's pages and its speaking topics through these, so each change is
checked, signed with who made it and audited. A topic that speakers or requests use is never
deleted (it would vanish silently from their profiles): it is retired with `active`.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import ngettext

from network.services import audit_record

from ..models import BureauPage, Topic
from ..selectors.pages import topic_uses


class TopicError(ValidationError):
    """A change the topic's use does not allow; its message is shown as it is."""


@transaction.atomic
def bureau_page_save(*, page: BureauPage, editor) -> BureauPage:
    """Save a page of the bureau (new or changed), signed with its editor."""
    created = page.pk is None
    page.updated_by = editor
    page.full_clean()
    page.save()
    audit_record(
        actor=editor,
        action="bureau_page.add" if created else "bureau_page.change",
        target=page,
        kind=page.kind,
    )
    return page


@transaction.atomic
def topic_save(*, topic: Topic, actor) -> Topic:
    created = topic.pk is None
    topic.full_clean()
    topic.save()
    audit_record(
        actor=actor,
        action="speaking_topic.add" if created else "speaking_topic.change",
        target=topic,
        active=topic.active,
    )
    return topic


@transaction.atomic
def topic_delete(*, topic: Topic, actor) -> None:
    """Delete a topic nobody uses; one in use is refused (retire it instead)."""
    # Locked so that no application or request can take it up while it is being deleted.
    locked = Topic.objects.select_for_update().get(pk=topic.pk)
    uses = topic_uses(locked)
    if uses:
        raise TopicError(
            ngettext(
                "“%(topic)s” is used by %(count)d speaker or request, so it cannot be deleted. "
                "Untick “active” to retire it: it stays on the profiles that name it.",
                "“%(topic)s” is used by %(count)d speakers and requests, so it cannot be "
                "deleted. Untick “active” to retire it: it stays on the profiles that name it.",
                uses,
            )
            % {"topic": locked.name, "count": uses}
        )
    audit_record(actor=actor, action="speaking_topic.delete", target=locked, slug=locked.slug)
    locked.delete()
