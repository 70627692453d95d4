"""Content services: the events part. Editors write events in the admin; this saves them."""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from network.services import audit_record

from ..models import Event


def event_save(*, event: Event, actor, changed: Iterable[str] = ()) -> Event:
    """Check and save an event edited by `actor` (who is recorded), with an audit entry."""
    with transaction.atomic():
        event.updated_by = actor if actor is not None and actor.is_authenticated else None
        event.full_clean()
        event.save()
        audit_record(
            actor=actor, action="content.event.saved", target=event, fields=sorted(changed)
        )
    return event


def event_cancel(*, event: Event, actor) -> bool:
    """Mark the event cancelled (it stays listed, marked so); False when it already was."""
    with transaction.atomic():
        updated = Event.objects.filter(pk=event.pk, cancelled=False).update(
            cancelled=True,
            updated_by=actor if actor.is_authenticated else None,
            updated_at=timezone.now(),  # update() skips auto_now
        )
        if updated:
            audit_record(actor=actor, action="content.event.cancelled", target=event)
    return bool(updated)
