"""Each step of an application or a request, recorded once, the same way.

`speaker_step` and `request_step` change the status, keep the step (who, from, to, when), write
an audit entry and, for applications, email the applicant through Celery once the transaction
commits. Callers hold the row lock (`select_for_update`) and check that the step is allowed.
"""

from __future__ import annotations

from django.db import transaction

from network.services import audit_record, email_person

from ..models import RequestStatusChange, Speaker, SpeakerStatusChange, SpeakingRequest


@transaction.atomic
def speaker_step(
    *, speaker: Speaker, to_status: str, actor, event: str = "", email: bool = True, **fields
) -> SpeakerStatusChange:
    """Move `speaker` to `to_status` (or record `event`, e.g. "paused", without moving it) and
    email the applicant `speakers/email/application_<event or to_status>`."""
    from_status = speaker.status
    speaker.status = to_status
    for name, value in fields.items():
        setattr(speaker, name, value)
    speaker.save(update_fields=["status", "updated_at", *fields])
    step = SpeakerStatusChange.objects.create(
        speaker=speaker, from_status=from_status, to_status=to_status, event=event, actor=actor
    )
    audit_record(
        actor=actor,
        action=f"speaker.{event or to_status}",
        target=speaker,
        from_status=from_status,
        to_status=to_status,
    )
    if email:
        email_person(
            person=speaker.person,
            template=f"speakers/email/application_{event or to_status}",
            context={"speaker": speaker},
        )
    return step


@transaction.atomic
def request_step(
    *, request: SpeakingRequest, to_status: str, actor, note: str = "", **fields
) -> RequestStatusChange:
    """Move a speaking request to `to_status`, keeping who and when. Emails are the caller's:
    which side hears of a step depends on why it was taken."""
    from_status = request.status
    request.status = to_status
    for name, value in fields.items():
        setattr(request, name, value)
    request.save(update_fields=["status", "updated_at", *fields])
    step = RequestStatusChange.objects.create(
        request=request, from_status=from_status, to_status=to_status, actor=actor, note=note
    )
    audit_record(
        actor=actor,
        action=f"speaking_request.{to_status}",
        target=request,
        from_status=from_status,
        to_status=to_status,
    )
    return step
