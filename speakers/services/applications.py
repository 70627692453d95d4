"""Speakers' bureau services: the applications part, the applicant's and the speaker's side.

A person applies in steps that save as a draft (`application_save`), submits when nothing is
missing (`application_submit`), and may withdraw while the application is open
(`application_withdraw`). Once approved they edit their profile through the same steps, with
effect at once, and pause or resume themselves, no reason asked (`speaker_pause`,
`speaker_resume`). Pausing cancels nothing: the speaker answers their accepted engagements
themselves. Every step locks the person's row, checks the state and goes through
`speakers.services.steps`, which records it, audits it and emails the applicant after commit.
"""

from __future__ import annotations

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import User
from members.services import delete_file_after_commit
from network.models import AuditEntry
from network.selectors import coordinators_of
from network.services import audit_record, email_person

from ..models import SafetyPlan, Speaker
from ..selectors.applications import (
    CONSENT_FIELDS,
    STEP_SLUGS,
    application_missing,
    training_attended_by,
    training_recorded_by,
)
from .steps import speaker_step

Status = Speaker.Status

# What each step saves: the Speaker's own columns, then its many-to-many relations.
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    "about": ("name", "home_lhin", "bio", "photo_alt"),
    "speaking": ("formats", "audiences", "languages", "travel", "availability", "monthly_limit"),
    "background": ("references", "accessibility_needs", "honorarium_preference"),
    "publish": CONSENT_FIELDS,
}
STEP_RELATIONS: dict[str, tuple[str, ...]] = {
    "speaking": ("topics", "lhins_served"),
    "background": ("training_registrations", "training_external"),
}
SAFETY_PLAN_FIELDS = ("will_speak_about", "wont_speak_about", "support_person", "after_care")


class ApplicationError(ValidationError):
    """A step the application's state does not allow; its message is shown as it is."""


def _person_locked(person: User) -> User:
    # The person's own row is the lock: two tabs saving a first step at once make one
    # application, not two (there is no Speaker row to lock yet).
    return User.objects.select_for_update().get(pk=person.pk)


def _speaker_locked(*, speaker_id: int, person: User) -> Speaker:
    """The person's own application, locked; another person's is not found (the view's 404)."""
    return (
        Speaker.objects.select_for_update(of=("self",))
        .select_related("person", "home_lhin")
        .get(pk=speaker_id, person=person)
    )


def _editable(speaker: Speaker, person: User) -> Speaker:
    """Refuse while the coordinators have the application; a declined or withdrawn one becomes
    a draft again as soon as its owner changes it (they may apply again)."""
    if speaker.status in Speaker.OPEN:
        raise ApplicationError(
            _(
                "Your application is with the coordinators now (“%(status)s”), so it cannot be "
                "changed. You can withdraw it if you wish."
            )
            % {"status": speaker.get_status_display()}
        )
    if speaker.status in (Status.DECLINED, Status.WITHDRAWN):
        speaker_step(speaker=speaker, to_status=Status.DRAFT, actor=person, email=False)
    return speaker


@transaction.atomic
def application_save(*, person: User, step: str, data: dict) -> Speaker:
    """Save one step of the person's application (or of their profile, once approved), making
    the application on its first save. A draft may be incomplete; `application_submit` checks.

    `data` holds the step's fields as cleaned by its form; for "about", `photo` (an image
    already re-encoded by `network.images.reencode_image`) and `remove_photo`; for "safety",
    the safety plan's fields (all empty: the plan is deleted).
    """
    if step not in STEP_SLUGS or step == "review":
        raise ValueError(f"Not a step that saves: {step}")
    person = _person_locked(person)
    speaker = Speaker.objects.select_for_update().filter(person=person).first()
    if speaker is None:
        speaker = Speaker(person=person)
    else:
        _editable(speaker, person)
    if step == "safety":
        if speaker.pk is None:
            speaker.full_clean()
            speaker.save()
        _safety_plan_save(speaker, person, data)
        return speaker

    fields = STEP_FIELDS.get(step, ())
    for field in fields:
        setattr(speaker, field, data[field])
    if step == "about":
        picture: ContentFile | None = data.get("photo")
        if picture is not None or data.get("remove_photo"):
            delete_file_after_commit(speaker.photo)
            speaker.photo = ""
        if picture is not None:
            speaker.photo.save(picture.name, picture, save=False)
        if not speaker.photo:
            speaker.photo_alt = ""
    if step == "background":
        _check_training_is_theirs(person, data)
    speaker.full_clean()
    speaker.save()
    for relation in STEP_RELATIONS.get(step, ()):
        getattr(speaker, relation).set(data[relation])
    if speaker.status == Status.APPROVED and (missing := application_missing(speaker)):
        # A live profile keeps what matching and the directory need (the form says it first).
        raise ApplicationError(
            _("Your profile needs these to stay active: %(missing)s.")
            % {"missing": "; ".join(str(item.label) for item in missing)}
        )
    if speaker.status == Status.APPROVED:
        # No review again: the change is the profile now. Say so in the record.
        audit_record(actor=person, action="speaker.profile.change", target=speaker, step=step)
    else:
        audit_record(actor=person, action="speaker.save", target=speaker, step=step)
    return speaker


def _check_training_is_theirs(person: User, data: dict) -> None:
    """A speaker links only their own training: sessions they attended, training they recorded."""
    attended = set(training_attended_by(person).values_list("pk", flat=True))
    recorded = set(training_recorded_by(person).values_list("pk", flat=True))
    if any(row.pk not in attended for row in data["training_registrations"]) or any(
        row.pk not in recorded for row in data["training_external"]
    ):
        raise ApplicationError(_("Please choose only training from your own record."))


def _safety_plan_save(speaker: Speaker, person: User, data: dict) -> SafetyPlan | None:
    values = {field: data.get(field, "").strip() for field in SAFETY_PLAN_FIELDS}
    plan = SafetyPlan.objects.select_for_update().filter(speaker=speaker).first()
    if not any(values.values()):
        # An empty plan is no plan: reviewers would otherwise be told there is one.
        if plan is not None:
            plan.delete()
            audit_record(actor=person, action="speaker.safety_plan.delete", target=speaker)
        return None
    if plan is None:
        plan = SafetyPlan(speaker=speaker)
    for field, value in values.items():
        setattr(plan, field, value)
    plan.full_clean()
    plan.save()
    # What the plan says is never written anywhere else, the audit log included.
    audit_record(actor=person, action="speaker.safety_plan.save", target=speaker)
    return plan


@transaction.atomic
def safety_plan_save(*, person: User, data: dict) -> SafetyPlan | None:
    """Save the speaker's safety plan at any time, whatever the application's state (it is
    theirs, and never reviewed). Returns None when every field is empty (no plan is kept)."""
    speaker = Speaker.objects.select_for_update().get(person=person)
    return _safety_plan_save(speaker, person, data)


@transaction.atomic
def application_submit(*, speaker_id: int, person: User) -> Speaker:
    """Send a complete draft (or a declined or withdrawn application, again) to the
    coordinators of the applicant's home LHIN: the applicant is emailed that it is sent, the
    coordinators only that one is waiting (no details)."""
    speaker = _speaker_locked(speaker_id=speaker_id, person=person)
    # A declined or withdrawn application may be sent again as it is: applying again.
    if speaker.status not in (Status.DRAFT, Status.DECLINED, Status.WITHDRAWN):
        raise ApplicationError(
            _("Only a draft can be submitted; your application is “%(status)s”.")
            % {"status": speaker.get_status_display()}
        )
    missing = application_missing(speaker)
    if missing:
        raise ApplicationError(
            _("Your application is not complete yet. Still needed: %(missing)s.")
            % {"missing": "; ".join(str(item.label) for item in missing)}
        )
    speaker_step(
        speaker=speaker,
        to_status=Status.SUBMITTED,
        actor=person,
        submitted_at=timezone.now(),
    )
    waiting = Speaker.objects.filter(home_lhin=speaker.home_lhin, status=Status.SUBMITTED).count()
    for coordinator in coordinators_of(speaker.home_lhin):
        email_person(
            person=coordinator,
            template="speakers/email/applications_waiting",
            context={"lhin": speaker.home_lhin, "count": waiting},
        )
    return speaker


@transaction.atomic
def application_withdraw(*, speaker_id: int, person: User) -> Speaker:
    """The applicant withdraws a draft or an open application; they may apply again later."""
    speaker = _speaker_locked(speaker_id=speaker_id, person=person)
    if speaker.status not in (Status.DRAFT, *Speaker.OPEN):
        raise ApplicationError(
            _("Your application is “%(status)s” and can no longer be withdrawn.")
            % {"status": speaker.get_status_display()}
        )
    speaker_step(speaker=speaker, to_status=Status.WITHDRAWN, actor=person)
    return speaker


@transaction.atomic
def speaker_pause(*, speaker_id: int, person: User) -> Speaker:
    """An active speaker pauses: no new request is offered to them until they resume. No reason
    is asked, and the engagements they accepted stay theirs to keep or withdraw from."""
    speaker = _speaker_locked(speaker_id=speaker_id, person=person)
    if speaker.status != Status.APPROVED:
        raise ApplicationError(_("Only an approved speaker can pause."))
    if speaker.paused_at is not None:
        raise ApplicationError(_("You are already paused."))
    speaker_step(
        speaker=speaker,
        to_status=Status.APPROVED,
        actor=person,
        event="paused",
        paused_at=timezone.now(),
    )
    return speaker


@transaction.atomic
def speaker_resume(*, speaker_id: int, person: User) -> Speaker:
    speaker = _speaker_locked(speaker_id=speaker_id, person=person)
    if speaker.status != Status.APPROVED or speaker.paused_at is None:
        raise ApplicationError(_("You are not paused, so there is nothing to resume."))
    speaker_step(
        speaker=speaker, to_status=Status.APPROVED, actor=person, event="resumed", paused_at=None
    )
    return speaker


@transaction.atomic
def speaker_erase(*, person: User) -> None:
    """For `members.services.account_close`: release the engagements still to come (hosts and
    coordinators are told), then delete the person's application or profile (its safety plan,
    steps, offers, debriefs and reviewers' grants go with it) and its photo once committed. The
    records that named it (audit log, admin history) are left with an anonymous name."""
    from .matching import offers_release  # matching builds on applications

    offers_release(person=person)
    speaker = Speaker.objects.select_for_update().filter(person=person).first()
    if speaker is None:
        return
    delete_file_after_commit(speaker.photo)
    target_type = ContentType.objects.get_for_model(Speaker)
    # Stored, not translated: it stays the same whoever reads it (as "Former member" does).
    anonymous = f"Former speaker {str(speaker.public_id)[:8]}"
    AuditEntry.objects.filter(target_type=target_type, target_id=str(speaker.pk)).update(
        target_repr=anonymous
    )
    LogEntry.objects.filter(content_type=target_type, object_id=str(speaker.pk)).update(
        object_repr=anonymous, change_message=""
    )
    speaker.delete()
