"""Speakers' bureau services: the vetting part.

Coordinators take an application through its steps: submitted → in review → conversation
scheduled → approved or declined. Each step holds the application's row lock, checks that its
state allows the step (so when two coordinators decide at once, the second is told what the first
did), and goes through `steps.speaker_step`, which keeps the step, writes the audit entry and
emails the applicant after the commit.

Reviewers are assigned per application with a django-guardian grant of `review_speaker` on it;
each assesses it against the active criteria (`assessments_save`) until it is decided.
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm

from members.models import User
from network import roles
from network.services import audit_record, email_person

from ..models import Assessment, Criterion, Speaker
from ..selectors.vetting import is_assigned
from .steps import speaker_step

Status = Speaker.Status
REVIEW_PERMISSION = "speakers.review_speaker"

# Which states allow each step; the admin offers a step only where its service would take it.
REVIEW_FROM = (Status.SUBMITTED,)
ASSIGN_FROM = Speaker.OPEN
SCHEDULE_FROM = (Status.IN_REVIEW, Status.CONVERSATION)
APPROVE_FROM = (Status.IN_REVIEW, Status.CONVERSATION)
DECLINE_FROM = Speaker.OPEN
# Once decided, an application's assessments are kept as they were.
DECIDED = (Status.APPROVED, Status.DECLINED, Status.WITHDRAWN)
ASSESS_FROM = Speaker.OPEN


class VettingError(ValidationError):
    """A step the application's state does not allow; its message is shown as it is."""


def _locked(speaker_id: int) -> Speaker:
    # Only the application's row is locked, not its applicant's account.
    return (
        Speaker.objects.select_for_update(of=("self",))
        .select_related("person", "decided_by")
        .get(pk=speaker_id)
    )


def _when(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _refusal(speaker: Speaker, message: str) -> VettingError:
    """What to tell someone whose step came too late or too early. An application already decided
    says who decided it and when, so the second of two coordinators knows what happened."""
    decided = {
        Status.APPROVED: _(
            "%(name)s already approved this application on %(when)s: nothing was changed."
        ),
        Status.DECLINED: _(
            "%(name)s already declined this application on %(when)s: nothing was changed."
        ),
    }
    if speaker.status in decided and speaker.decided_at is not None:
        return VettingError(
            decided[speaker.status]
            % {"name": _person_name(speaker.decided_by), "when": _when(speaker.decided_at)}
        )
    if speaker.status == Status.WITHDRAWN:
        step = speaker.changes.filter(to_status=Status.WITHDRAWN).order_by("-at", "-pk").first()
        if step is not None:
            return VettingError(
                _("The applicant withdrew this application on %(when)s: nothing was changed.")
                % {"when": _when(step.at)}
            )
    if speaker.status in DECIDED:
        return VettingError(
            _("This application is already “%(status)s”: nothing was changed.")
            % {"status": speaker.get_status_display()}
        )
    return VettingError(message % {"status": speaker.get_status_display()})


def _person_name(person: User | None) -> str:
    return person.display_name if person is not None else _("a coordinator")


@transaction.atomic
def application_review_start(*, speaker_id: int, actor: User) -> Speaker:
    speaker = _locked(speaker_id)
    if speaker.status not in REVIEW_FROM:
        raise _refusal(
            speaker,
            _("Only a submitted application can go into review; this one is “%(status)s”."),
        )
    speaker_step(speaker=speaker, to_status=Status.IN_REVIEW, actor=actor)
    return speaker


@transaction.atomic
def reviewer_assign(*, speaker_id: int, reviewer: User, actor: User) -> Speaker:
    """Let `reviewer` read and assess this application, and tell them it waits for them."""
    speaker = _locked(speaker_id)
    if speaker.status not in ASSIGN_FROM:
        raise _refusal(
            speaker,
            _("Reviewers are assigned to open applications only; this one is “%(status)s”."),
        )
    if not reviewer.is_active or not roles.has_role(reviewer, roles.SPEAKERS_REVIEWER):
        raise VettingError(
            _(
                "%(name)s is not a speakers' bureau reviewer: a network administrator gives "
                "the role."
            )
            % {"name": reviewer.display_name}
        )
    if reviewer.pk == speaker.person_id:
        raise VettingError(_("Nobody reviews their own application."))
    if is_assigned(speaker=speaker, reviewer=reviewer):
        raise VettingError(
            _("%(name)s already reviews this application.") % {"name": reviewer.display_name}
        )
    assign_perm(REVIEW_PERMISSION, reviewer, speaker)
    audit_record(
        actor=actor, action="speaker.reviewer_assign", target=speaker, reviewer=reviewer.pk
    )
    # Nothing about the applicant in the email: the page it links to is behind the sign-in.
    email_person(
        person=reviewer,
        template="speakers/email/review_assigned",
        context={
            "review_url": reverse("speakers:review", args=[speaker.public_id]),
            "list_url": reverse("speakers:review_list"),
        },
    )
    return speaker


@transaction.atomic
def reviewer_remove(*, speaker_id: int, reviewer: User, actor: User) -> Speaker:
    """Take the application away from `reviewer`. The assessments they made are kept: the
    decision may have rested on them."""
    speaker = _locked(speaker_id)
    if not is_assigned(speaker=speaker, reviewer=reviewer):
        raise VettingError(
            _("%(name)s does not review this application (any more).")
            % {"name": reviewer.display_name}
        )
    remove_perm(REVIEW_PERMISSION, reviewer, speaker)
    audit_record(
        actor=actor, action="speaker.reviewer_remove", target=speaker, reviewer=reviewer.pk
    )
    return speaker


@transaction.atomic
def conversation_schedule(*, speaker_id: int, at: datetime, actor: User) -> Speaker:
    """Set (or move) the conversation with the applicant; they are emailed the date each time."""
    speaker = _locked(speaker_id)
    if speaker.status not in SCHEDULE_FROM:
        raise _refusal(
            speaker,
            _(
                "A conversation is scheduled for an application in review only; this one is "
                "“%(status)s”."
            ),
        )
    if at <= timezone.now():
        raise VettingError(_("Choose a date and time in the future for the conversation."))
    speaker_step(speaker=speaker, to_status=Status.CONVERSATION, actor=actor, conversation_at=at)
    return speaker


@transaction.atomic
def application_approve(*, speaker_id: int, actor: User) -> Speaker:
    """The applicant becomes an active speaker: offered to requests, and listed in the directory
    if they chose to be."""
    speaker = _locked(speaker_id)
    if speaker.status not in APPROVE_FROM:
        raise _refusal(
            speaker,
            _(
                "Only an application in review or with a conversation scheduled can be approved; "
                "this one is “%(status)s”."
            ),
        )
    speaker_step(
        speaker=speaker,
        to_status=Status.APPROVED,
        actor=actor,
        decided_at=timezone.now(),
        decided_by=actor,
        paused_at=None,
    )
    return speaker


@transaction.atomic
def application_decline(*, speaker_id: int, actor: User, note: str = "") -> Speaker:
    """Decline, with an optional kind message that is sent to the applicant and kept."""
    speaker = _locked(speaker_id)
    if speaker.status not in DECLINE_FROM:
        raise _refusal(
            speaker, _("Only an open application can be declined; this one is “%(status)s”.")
        )
    speaker_step(
        speaker=speaker,
        to_status=Status.DECLINED,
        actor=actor,
        decided_at=timezone.now(),
        decided_by=actor,
        decision_note=note.strip(),
    )
    return speaker


@transaction.atomic
def assessments_save(
    *, speaker_id: int, reviewer: User, outcomes: dict[int, tuple[str, str]]
) -> list[Assessment]:
    """Save `reviewer`'s assessment of each criterion given ({criterion id: (outcome, notes)}),
    updating the ones they made before. Only assigned reviewers, only active criteria, and only
    while the application is open."""
    speaker = _locked(speaker_id)
    if not is_assigned(speaker=speaker, reviewer=reviewer):
        raise Speaker.DoesNotExist  # callers look it up among the reviewer's own; a slip guard
    if speaker.status not in ASSESS_FROM:
        raise VettingError(
            _("This application is “%(status)s”: its assessments can no longer change.")
            % {"status": speaker.get_status_display()}
        )
    criteria = Criterion.objects.in_bulk(list(outcomes))
    if any(not criteria.get(pk) or not criteria[pk].active for pk in outcomes):
        raise VettingError(
            _("A criterion was retired while you were assessing: reload the page and try again.")
        )
    saved = []
    for criterion_id, (outcome, notes) in outcomes.items():
        assessment = Assessment.objects.filter(
            speaker=speaker, criterion_id=criterion_id, reviewer=reviewer
        ).first() or Assessment(speaker=speaker, criterion_id=criterion_id, reviewer=reviewer)
        assessment.outcome = outcome
        assessment.notes = notes.strip()
        assessment.full_clean()
        assessment.save()
        saved.append(assessment)
    # The audit keeps that they assessed, never what they wrote.
    audit_record(actor=reviewer, action="speaker.assess", target=speaker, criteria=sorted(outcomes))
    return saved
