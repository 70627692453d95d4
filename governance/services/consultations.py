"""Governance services: the consultations part.

Governance members open a consultation on a draft document version or on a proposal; members
comment while it is open; full members with an active full membership vote, once each, and may
change their vote until the close; after the close the results are published with a summary.
Opening emails the members who want to hear about opportunities to take part, once each.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from members.models import Membership, MembershipType, User
from network.richtext import is_empty_html, sanitize_html
from network.services import audit_record, email_person

from ..models import (
    Consultation,
    ConsultationComment,
    ConsultationNotice,
    ConsultationVote,
    DocumentVersion,
)

# The fields a governance member sets when opening or editing a consultation.
EDITABLE_FIELDS = (
    "title",
    "title_fr",
    "summary",
    "summary_fr",
    "document_version",
    "proposal",
    "proposal_fr",
    "opens_at",
    "closes_at",
)


class ConsultationError(ValidationError):
    """A step that cannot be taken now. Built from a message (or a dict of field → message),
    in words for the person; forms add it to the field it concerns."""


def _local(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT")


def _active_membership(person) -> Membership | None:
    if person is None or not person.is_authenticated:
        return None
    membership = Membership.objects.filter(person=person).first()
    return membership if membership is not None and membership.is_active else None


def consultation_check(consultation: Consultation, *, now: datetime | None = None) -> None:
    """The rules of a consultation before it opens: dates in order, the close still ahead, one
    subject. Raised as errors by field, so the admin form shows each at its field."""
    now = now or timezone.now()
    errors: dict[str, str] = {}
    if consultation.opens_at and consultation.closes_at:
        if consultation.closes_at <= consultation.opens_at:
            errors["closes_at"] = _("The close must come after the opening.")
        elif consultation.closes_at <= now:
            errors["closes_at"] = _("The close must be in the future.")
    has_proposal = not is_empty_html(sanitize_html(consultation.proposal))
    if consultation.document_version_id and has_proposal:
        errors["proposal"] = _(
            "Choose a draft version of a document or write a proposal, not both."
        )
    elif not consultation.document_version_id and not has_proposal:
        errors["proposal"] = _("Choose a draft version of a document, or write a proposal.")
    if consultation.document_version_id and "proposal" not in errors:
        problem = _version_problem(consultation)
        if problem:
            errors["document_version"] = problem
    if errors:
        raise ConsultationError(errors)


def _version_problem(consultation: Consultation) -> str:
    """Why the consultation's version cannot go out to consultation, or "" if it can: it must
    be a draft (or already held by this consultation), with no other version of its document
    in consultation."""
    version = DocumentVersion.objects.get(pk=consultation.document_version_id)
    held = (
        consultation.pk is not None
        and Consultation.objects.filter(pk=consultation.pk, document_version_id=version.pk).exists()
    )
    if held:
        return ""
    if version.status != DocumentVersion.Status.DRAFT:
        return _("Only a draft can go out to consultation; this version is “%(status)s”.") % {
            "status": version.get_status_display()
        }
    other = DocumentVersion.objects.filter(
        document_id=version.document_id, status=DocumentVersion.Status.CONSULTATION
    ).exclude(pk=version.pk)
    if other.exists():
        return _("Another version of this document is already in consultation.")
    return ""


def _version_reserve(version_id: int) -> None:
    """Move a draft version to "in consultation", refusing any other state; the conditional
    UPDATE (and the one-in-consultation constraint) stop two consultations taking it at once."""
    version = DocumentVersion.objects.select_for_update().get(pk=version_id)
    if version.status != DocumentVersion.Status.DRAFT:
        raise ConsultationError(
            {
                "document_version": _(
                    "Only a draft can go out to consultation; this version is “%(status)s”."
                )
                % {"status": version.get_status_display()}
            }
        )
    other = DocumentVersion.objects.filter(
        document_id=version.document_id, status=DocumentVersion.Status.CONSULTATION
    ).exclude(pk=version.pk)
    refused = ConsultationError(
        {"document_version": _("Another version of this document is already in consultation.")}
    )
    if other.exists():
        raise refused
    try:
        with transaction.atomic():
            moved = DocumentVersion.objects.filter(
                pk=version.pk, status=DocumentVersion.Status.DRAFT
            ).update(status=DocumentVersion.Status.CONSULTATION)
    except IntegrityError:
        raise refused from None
    if not moved:
        raise refused


def _version_release(version_id: int) -> None:
    """A consultation withdrawn before it opened gives its version back to the drafts."""
    DocumentVersion.objects.filter(
        pk=version_id, status=DocumentVersion.Status.CONSULTATION
    ).update(status=DocumentVersion.Status.DRAFT)


def _announce_when_open(consultation: Consultation) -> None:
    # One that opens later is announced by the beat task when its time comes.
    if consultation.opens_at <= timezone.now():
        from ..tasks.consultations import announce_consultation

        announce_consultation.delay_on_commit(consultation.pk)


@transaction.atomic
def consultation_open(
    *,
    actor: User,
    title: str,
    summary: str,
    opens_at: datetime,
    closes_at: datetime,
    document_version: DocumentVersion | None = None,
    proposal: str = "",
    title_fr: str = "",
    summary_fr: str = "",
    proposal_fr: str = "",
) -> Consultation:
    """Put a draft document version or a proposal to members between two dates."""
    consultation = Consultation(
        title=title,
        title_fr=title_fr,
        summary=summary,
        summary_fr=summary_fr,
        document_version=document_version,
        proposal=proposal,
        proposal_fr=proposal_fr,
        opens_at=opens_at,
        closes_at=closes_at,
        created_by=actor,
    )
    consultation_check(consultation)
    consultation.full_clean()
    if document_version is not None:
        _version_reserve(document_version.pk)
    consultation.save()
    audit_record(
        actor=actor,
        action="consultation.open",
        target=consultation,
        document_version=consultation.document_version_id,
        opens_at=opens_at.isoformat(),
        closes_at=closes_at.isoformat(),
    )
    _announce_when_open(consultation)
    return consultation


@transaction.atomic
def consultation_update(*, actor: User, consultation: Consultation, **changes) -> Consultation:
    """Change a consultation that has not opened yet (afterwards members have read it)."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"Not editable: {', '.join(sorted(unknown))}")
    locked = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if locked.has_opened:
        raise ConsultationError(_("A consultation cannot be changed once it has opened."))
    old_version_id = locked.document_version_id
    for field, value in changes.items():
        setattr(locked, field, value)
    consultation_check(locked)
    locked.full_clean()
    if locked.document_version_id != old_version_id:
        if old_version_id is not None:
            _version_release(old_version_id)
        if locked.document_version_id is not None:
            _version_reserve(locked.document_version_id)
    locked.save()
    audit_record(actor=actor, action="consultation.update", target=locked, fields=sorted(changes))
    _announce_when_open(locked)
    return locked


@transaction.atomic
def consultation_withdraw(*, actor: User, consultation: Consultation) -> None:
    """Delete a consultation before it opens; its document version goes back to the drafts."""
    locked = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if locked.has_opened:
        raise ConsultationError(_("A consultation cannot be withdrawn once it has opened."))
    if locked.document_version_id is not None:
        _version_release(locked.document_version_id)
    audit_record(actor=actor, action="consultation.withdraw", target=locked)
    locked.delete()


def _refuse_unless_open(consultation: Consultation, *, field: str, closed: str) -> None:
    now = timezone.now()
    phase = consultation.phase_at(now)
    if phase == Consultation.Phase.UPCOMING:
        raise ConsultationError(
            {
                field: _("This consultation opens on %(date)s.")
                % {"date": _local(consultation.opens_at)}
            }
        )
    if phase == Consultation.Phase.CLOSED:
        raise ConsultationError({field: closed % {"date": _local(consultation.closes_at)}})


@transaction.atomic
def comment_add(*, consultation: Consultation, author: User, body: str) -> ConsultationComment:
    """A member's comment, while the consultation is open: full and supporting members alike."""
    if _active_membership(author) is None:
        raise ConsultationError(
            {"body": _("Only members of the network with an active membership may comment.")}
        )
    _refuse_unless_open(
        consultation,
        field="body",
        closed=_("This consultation closed on %(date)s: comments are no longer taken."),
    )
    comment = ConsultationComment(consultation=consultation, author=author, body=body.strip())
    try:
        comment.full_clean()
    except ValidationError as error:
        raise ConsultationError(error.message_dict) from error
    comment.save()
    audit_record(actor=author, action="consultation.comment", target=consultation)
    return comment


@transaction.atomic
def comment_hide(*, actor: User, comment: ConsultationComment, hidden: bool = True) -> None:
    """Moderation: hide a comment from members (or show it again); it is kept, not deleted."""
    changed = ConsultationComment.objects.filter(pk=comment.pk, is_hidden=not hidden).update(
        is_hidden=hidden,
        hidden_at=timezone.now() if hidden else None,
        hidden_by=actor if hidden else None,
    )
    if changed:
        audit_record(
            actor=actor,
            action="consultation.comment.hide" if hidden else "consultation.comment.show",
            target=comment,
        )


@transaction.atomic
def vote_cast(*, consultation: Consultation, voter: User, choice: str) -> ConsultationVote:
    """A full member's vote, or their change of it, until the close. Only full members with an
    active full membership vote; supporting members are welcome to comment."""
    # The lock orders this vote against the close and against the same member's other tab.
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    membership = _active_membership(voter)
    if membership is None:
        raise ConsultationError(
            {"choice": _("Only full members with an active membership may vote.")}
        )
    if membership.membership_type != MembershipType.FULL:
        raise ConsultationError(
            {
                "choice": _(
                    "Only full members vote. As a supporting member, you are welcome to comment."
                )
            }
        )
    _refuse_unless_open(
        consultation,
        field="choice",
        closed=_("Voting closed on %(date)s: votes can no longer be cast or changed."),
    )
    if choice not in ConsultationVote.Choice.values:
        raise ConsultationError({"choice": _("Choose support, oppose or abstain.")})
    vote, created = ConsultationVote.objects.select_for_update().update_or_create(
        consultation=consultation, voter=voter, defaults={"choice": choice}
    )
    # The audit log says that a vote was cast, never which way: nobody but the voter sees that.
    audit_record(
        actor=voter,
        action="consultation.vote" if created else "consultation.vote.change",
        target=consultation,
    )
    return vote


@transaction.atomic
def results_publish(
    *, actor: User, consultation: Consultation, summary: str, summary_fr: str = ""
) -> Consultation:
    """After the close, publish the counts with a summary (published again: the summary is
    corrected, the first publication time stays)."""
    locked = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if not locked.is_closed:
        raise ConsultationError(
            {
                "results_summary": _("Results can be published only after the close, on %(date)s.")
                % {"date": _local(locked.closes_at)}
            }
        )
    if is_empty_html(sanitize_html(summary)):
        raise ConsultationError(
            {"results_summary": _("Write a summary of the results before publishing them.")}
        )
    locked.results_summary = summary
    locked.results_summary_fr = summary_fr
    if locked.results_published_at is None:
        locked.results_published_at = timezone.now()
        locked.results_published_by = actor
    locked.full_clean()
    locked.save(
        update_fields=[
            "results_summary",
            "results_summary_fr",
            "results_published_at",
            "results_published_by",
        ]
    )
    audit_record(actor=actor, action="consultation.results.publish", target=locked)
    return locked


def announcement_recipients(consultation: Consultation):
    """Active members who asked to hear about opportunities to take part (consultations are
    one, in the profile's words) and have not been emailed about this consultation yet."""
    now = timezone.now()
    already = ConsultationNotice.objects.filter(consultation=consultation, person=OuterRef("pk"))
    return (
        User.objects.filter(
            is_active=True,
            closed_at__isnull=True,
            membership__status=Membership.Status.ACTIVE,
            membership__expires_at__gt=now,
            profile__contact_opportunities=True,
        )
        .exclude(Exists(already))
        .order_by("pk")
    )


@transaction.atomic
def consultation_announce(*, consultation_id: int) -> int:
    """Email members that a consultation is open, once: the conditional UPDATE of announced_at
    claims it (a second run or worker finds it claimed), and a notice row per person (unique)
    stops a second email to anyone. Returns how many were emailed."""
    now = timezone.now()
    claimed = Consultation.objects.filter(
        pk=consultation_id, announced_at__isnull=True, opens_at__lte=now, closes_at__gt=now
    ).update(announced_at=now)
    if not claimed:
        return 0
    consultation = Consultation.objects.select_related("document_version__document").get(
        pk=consultation_id
    )
    recipients = list(announcement_recipients(consultation))
    ConsultationNotice.objects.bulk_create(
        [ConsultationNotice(consultation=consultation, person=person) for person in recipients]
    )
    for person in recipients:
        email_person(
            person=person,
            template="governance/consultations/email/opened",
            context={"consultation": consultation},
        )
    audit_record(
        actor=None, action="consultation.announce", target=consultation, emailed=len(recipients)
    )
    return len(recipients)
