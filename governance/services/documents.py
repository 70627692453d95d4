"""Governance services: the documents part.

A version moves draft → (consultation →) approved → superseded. Only a draft is edited; an
approved text is the network's word as it was agreed, so a change is always a new version.
The consultations part puts a draft out to consultation itself, with a conditional UPDATE
(`status = draft`); approval locks every version of the document first, so the two never race.
"""

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from network.services import audit_record

from ..models import Document, DocumentVersion

Status = DocumentVersion.Status

# What an editor may change in a draft; the status and approval fields belong to the steps below.
EDITABLE_FIELDS = frozenset({"body", "body_fr", "change_summary", "effective_date"})


class DocumentError(Exception):
    """A step that cannot be taken now; the message says why, in words for the person."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _locked_versions(document: Document) -> dict[int, DocumentVersion]:
    """Every version of `document`, locked until the transaction ends, by primary key.

    The document row is locked too, so two people starting versions get different numbers.
    """
    Document.objects.select_for_update().filter(pk=document.pk).first()
    versions = DocumentVersion.objects.select_for_update().filter(document_id=document.pk)
    return {version.pk: version for version in versions.order_by("number")}


def _locked(version: DocumentVersion) -> DocumentVersion:
    locked = DocumentVersion.objects.select_for_update().filter(pk=version.pk).first()
    if locked is None:
        raise DocumentError(_("This version no longer exists."))
    return locked


@transaction.atomic
def version_new(
    *, document: Document, author, from_version: DocumentVersion | None = None
) -> DocumentVersion:
    """A new draft numbered after the last one, starting from `from_version`'s text or, when
    none is given, from the current approved version's (empty for a first version)."""
    versions = _locked_versions(document)
    if from_version is not None:
        source = versions.get(from_version.pk)
        if source is None:
            raise DocumentError(_("That version belongs to another document."))
    else:
        source = next((v for v in versions.values() if v.status == Status.APPROVED), None)
    number = (
        DocumentVersion.objects.filter(document_id=document.pk).aggregate(last=Max("number"))[
            "last"
        ]
        or 0
    ) + 1
    version = DocumentVersion(
        document=document,
        number=number,
        status=Status.DRAFT,
        body=source.body if source else "",
        body_fr=source.body_fr if source else "",
        created_by=author,
    )
    version.full_clean()
    version.save()
    audit_record(
        actor=author,
        action="document.version.new",
        target=version,
        from_number=source.number if source else None,
    )
    return version


@transaction.atomic
def version_update(*, version: DocumentVersion, editor, **fields) -> DocumentVersion:
    """Change a draft's text, summary or planned effective date."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"version_update() cannot change {', '.join(sorted(unknown))}")
    version = _locked(version)
    _check_editable(version)
    changed = [name for name, value in fields.items() if getattr(version, name) != value]
    for name in changed:
        setattr(version, name, fields[name])
    if changed:
        version.full_clean()
        version.save(update_fields=changed)
        audit_record(actor=editor, action="document.version.update", target=version, fields=changed)
    return version


def _check_editable(version: DocumentVersion) -> None:
    if version.status in (Status.APPROVED, Status.SUPERSEDED):
        raise DocumentError(_("An approved version cannot be edited: start a new version."))
    if version.status == Status.CONSULTATION:
        raise DocumentError(
            _(
                "A version in consultation cannot be edited: return it to draft first, or start "
                "a new version."
            )
        )


@transaction.atomic
def version_approve(
    *,
    version: DocumentVersion,
    approver,
    effective_date: datetime.date | None = None,
    note: str = "",
) -> DocumentVersion:
    """Make a draft or consulted version the current one; the one before is superseded."""
    versions = _locked_versions(version.document)
    version = versions.get(version.pk)
    if version is None:
        raise DocumentError(_("This version no longer exists."))
    if version.status == Status.APPROVED:
        raise DocumentError(_("This version is already the approved one."))
    if version.status == Status.SUPERSEDED:
        raise DocumentError(
            _("A superseded version cannot be approved again: start a new version from it.")
        )
    if not version.body:
        raise DocumentError(_("This version has no text yet: write it before approving it."))
    in_consultation = [
        other
        for other in versions.values()
        if other.status == Status.CONSULTATION and other.pk != version.pk
    ]
    if in_consultation:
        raise DocumentError(
            _(
                "Version %(number)s of this document is out for consultation. Wait for the "
                "consultation to close, or return that version to draft, before approving another."
            )
            % {"number": in_consultation[0].number}
        )
    previous = [other for other in versions.values() if other.status == Status.APPROVED]
    for other in previous:
        other.status = Status.SUPERSEDED
        other.save(update_fields=["status"])
    version.status = Status.APPROVED
    version.approved_by = approver
    version.approved_at = timezone.now()
    version.effective_date = effective_date or version.effective_date or timezone.localdate()
    version.approval_note = note.strip()
    version.full_clean()
    version.save(
        update_fields=["status", "approved_by", "approved_at", "effective_date", "approval_note"]
    )
    audit_record(
        actor=approver,
        action="document.version.approve",
        target=version,
        effective_date=version.effective_date.isoformat(),
        superseded=[other.number for other in previous],
    )
    return version


@transaction.atomic
def version_return_to_draft(*, version: DocumentVersion, actor) -> DocumentVersion:
    """Take a version back out of consultation so it can be edited again."""
    version = _locked(version)
    if version.status != Status.CONSULTATION:
        raise DocumentError(_("Only a version in consultation can be returned to draft."))
    version.status = Status.DRAFT
    version.save(update_fields=["status"])
    audit_record(actor=actor, action="document.version.return_to_draft", target=version)
    return version


@transaction.atomic
def version_discard(*, version: DocumentVersion, actor) -> None:
    """Delete a draft nobody needs; anything that went further is part of the record."""
    version = _locked(version)
    if version.status != Status.DRAFT:
        raise DocumentError(_("Only a draft can be discarded."))
    audit_record(actor=actor, action="document.version.discard", target=version)
    version.delete()
