"""Training services: the records part.

Members keep their own records: training taken elsewhere (with an optional evidence file) and
formal peer-support hours. Only the owner changes them; the selectors load a record for its
owner or answer 404, so the services take a record already found that way.

Evidence files are trusted for nothing: the name and the content type are the sender's word.
The first bytes decide what a file is; a picture is re-encoded (so no EXIF survives) and a PDF
is kept as sent. Files are stored under a random name and removed only after the change that
dropped them is committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.services import delete_file_after_commit
from network.images import reencode_image
from network.services import audit_record

from ..models import Competency, ExternalTraining, PeerSupportHours

MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
EVIDENCE_PICTURE_SIDE = 2400  # enough to read a scanned certificate
PDF, PNG, JPEG = "PDF", "PNG", "JPEG"
MAGIC = {PDF: (b"%PDF-",), PNG: (b"\x89PNG\r\n\x1a\n",), JPEG: (b"\xff\xd8\xff",)}
# What the name claims, by its ending.
CLAIMS = {".pdf": PDF, ".png": PNG, ".jpg": JPEG, ".jpeg": JPEG}
KIND_NAMES = {
    PDF: gettext_lazy("a PDF"),
    PNG: gettext_lazy("a PNG picture"),
    JPEG: gettext_lazy("a JPEG picture"),
}

EXTERNAL_FIELDS = ("title", "provider", "completed_on", "hours")
HOURS_FIELDS = ("date", "hours", "kind", "organization", "note")


@dataclass(frozen=True)
class Evidence:
    """A checked evidence file, ready to store."""

    content: ContentFile
    content_type: str


def _kind_of(head: bytes) -> str | None:
    for kind, starts in MAGIC.items():
        if head.startswith(starts):
            return kind
    return None


def evidence_check(upload) -> Evidence:
    """The file as it will be kept, or a ValidationError saying what is wrong with it."""
    if upload.size > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            _("This file is %(size)s. Please choose a file of %(limit)s or less.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_EVIDENCE_BYTES)},
            code="too_large",
        )
    if upload.size == 0:
        raise ValidationError(_("This file is empty. Please choose another."), code="empty")
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    kind = _kind_of(head)
    name = (upload.name or "").lower()
    claimed = next((claim for ending, claim in CLAIMS.items() if name.endswith(ending)), None)
    if kind is None:
        if claimed is not None:
            raise ValidationError(
                _(
                    "This file is named as %(claimed)s but it is not one (its content is "
                    "something else). Please choose a PDF, JPEG or PNG file."
                )
                % {"claimed": KIND_NAMES[claimed]},
                code="not_what_it_claims",
            )
        raise ValidationError(
            _("This file is not a PDF, JPEG or PNG. Please choose one of those."),
            code="wrong_type",
        )
    if claimed is not None and claimed != kind:
        raise ValidationError(
            _(
                "This file is named as %(claimed)s but it is %(actual)s. Please rename it or "
                "choose the right file."
            )
            % {"claimed": KIND_NAMES[claimed], "actual": KIND_NAMES[kind]},
            code="not_what_it_claims",
        )
    if kind == PDF:
        return Evidence(ContentFile(upload.read(), name="evidence.pdf"), "application/pdf")
    # Pillow decodes it; what is kept is a new JPEG drawn from the pixels, without metadata.
    return Evidence(reencode_image(upload, max_side=EVIDENCE_PICTURE_SIDE), "image/jpeg")


def _store_evidence(training: ExternalTraining, evidence: Evidence | None, remove: bool) -> None:
    if evidence is None and not remove:
        return
    delete_file_after_commit(training.evidence)
    if evidence is None:
        training.evidence = ""
        training.evidence_type = ""
    else:
        training.evidence_type = evidence.content_type  # the upload path reads it
        training.evidence.save(evidence.content.name, evidence.content, save=False)


@transaction.atomic
def external_training_create(
    *,
    person,
    title: str,
    provider: str,
    completed_on,
    hours: Decimal,
    competencies: list[Competency] | None = None,
    evidence: Evidence | None = None,
) -> ExternalTraining:
    training = ExternalTraining(
        person=person, title=title, provider=provider, completed_on=completed_on, hours=hours
    )
    training.full_clean(exclude=["evidence"])
    _store_evidence(training, evidence, remove=False)
    training.save()
    training.competencies.set(competencies or [])
    audit_record(actor=person, action="training.external.add", target=training)
    return training


@transaction.atomic
def external_training_update(
    *,
    training: ExternalTraining,
    competencies: list[Competency] | None = None,
    evidence: Evidence | None = None,
    remove_evidence: bool = False,
    **fields,
) -> ExternalTraining:
    training = ExternalTraining.objects.select_for_update().get(pk=training.pk)
    for field in EXTERNAL_FIELDS:
        if field in fields:
            setattr(training, field, fields[field])
    training.full_clean(exclude=["evidence"])
    _store_evidence(training, evidence, remove=remove_evidence)
    training.save()
    training.competencies.set(competencies or [])
    audit_record(actor=training.person, action="training.external.change", target=training)
    return training


@transaction.atomic
def external_training_delete(*, training: ExternalTraining) -> None:
    delete_file_after_commit(training.evidence)
    audit_record(actor=training.person, action="training.external.delete", target=training)
    training.delete()


@transaction.atomic
def peer_hours_create(*, person, **fields) -> PeerSupportHours:
    entry = PeerSupportHours(person=person, **{f: fields[f] for f in HOURS_FIELDS if f in fields})
    entry.full_clean()
    entry.save()
    audit_record(actor=person, action="training.hours.add", target=entry)
    return entry


@transaction.atomic
def peer_hours_update(*, entry: PeerSupportHours, **fields) -> PeerSupportHours:
    entry = PeerSupportHours.objects.select_for_update().get(pk=entry.pk)
    for field in HOURS_FIELDS:
        if field in fields:
            setattr(entry, field, fields[field])
    entry.full_clean()
    entry.save()
    audit_record(actor=entry.person, action="training.hours.change", target=entry)
    return entry


@transaction.atomic
def peer_hours_delete(*, entry: PeerSupportHours) -> None:
    audit_record(actor=entry.person, action="training.hours.delete", target=entry)
    entry.delete()


def records_erase(*, person) -> None:
    """Account close: the person's external training (and its files, after commit) and hours
    go. Called inside `members.services.account_close`'s transaction."""
    for training in ExternalTraining.objects.filter(person=person).exclude(evidence=""):
        delete_file_after_commit(training.evidence)
    ExternalTraining.objects.filter(person=person).delete()
    PeerSupportHours.objects.filter(person=person).delete()
