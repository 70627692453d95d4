"""The life of a document version: drafted, edited, approved, superseded; never edited after."""

import datetime

import pytest
import time_machine
from django.db import IntegrityError

from governance.models import DocumentVersion
from governance.services.documents import (
    DocumentError,
    version_approve,
    version_discard,
    version_new,
    version_return_to_draft,
    version_update,
)
from governance.tests.factories_documents import DocumentFactory, DocumentVersionFactory
from network.models import AuditEntry

Status = DocumentVersion.Status
pytestmark = pytest.mark.django_db


def test_a_first_version_starts_empty_as_draft_number_one(governance_member):
    document = DocumentFactory()

    version = version_new(document=document, author=governance_member)

    assert (version.number, version.status, version.body) == (1, Status.DRAFT, "")
    assert version.created_by == governance_member
    assert AuditEntry.objects.filter(action="document.version.new").count() == 1


def test_a_new_version_copies_the_current_approved_text(governance_member):
    document = DocumentFactory()
    DocumentVersionFactory(document=document, number=1, superseded=True, body="<p>Old</p>")
    DocumentVersionFactory(
        document=document, number=2, approved=True, body="<p>Now</p>", body_fr="<p>Maintenant</p>"
    )
    DocumentVersionFactory(document=document, number=3, body="<p>Someone's draft</p>")

    version = version_new(document=document, author=governance_member)

    assert version.number == 4
    assert (version.body, version.body_fr) == ("<p>Now</p>", "<p>Maintenant</p>")


def test_a_new_version_may_start_from_any_version_of_the_same_document(governance_member):
    document = DocumentFactory()
    old = DocumentVersionFactory(document=document, number=1, superseded=True, body="<p>Old</p>")
    DocumentVersionFactory(document=document, number=2, approved=True)

    version = version_new(document=document, author=governance_member, from_version=old)

    assert (version.number, version.body) == (3, "<p>Old</p>")


def test_a_new_version_refuses_a_starting_version_of_another_document(governance_member):
    other = DocumentVersionFactory(approved=True)

    with pytest.raises(DocumentError, match="another document"):
        version_new(document=DocumentFactory(), author=governance_member, from_version=other)


def test_a_draft_is_edited_and_the_text_is_sanitized(governance_member):
    version = DocumentVersionFactory()

    version_update(
        version=version,
        editor=governance_member,
        body='<p onclick="x()">Kept</p><script>alert(1)</script>',
        change_summary="Adds a seat for families",
    )

    version.refresh_from_db()
    assert version.body == "<p>Kept</p>"
    assert version.change_summary == "Adds a seat for families"
    entry = AuditEntry.objects.get(action="document.version.update")
    assert sorted(entry.data["fields"]) == ["body", "change_summary"]


@pytest.mark.parametrize("status", [Status.APPROVED, Status.SUPERSEDED])
def test_an_approved_version_cannot_be_edited(governance_member, status):
    version = DocumentVersionFactory(
        status=status, approved_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    )

    with pytest.raises(DocumentError) as error:
        version_update(version=version, editor=governance_member, body="<p>Changed</p>")

    assert error.value.message == "An approved version cannot be edited: start a new version."
    version.refresh_from_db()
    assert version.body == "<p>Members share power and decisions.</p>"


def test_a_version_in_consultation_cannot_be_edited(governance_member):
    version = DocumentVersionFactory(status=Status.CONSULTATION)

    with pytest.raises(DocumentError, match="return it to draft"):
        version_update(version=version, editor=governance_member, body="<p>Changed</p>")


def test_only_the_text_summary_and_date_can_be_updated(governance_member):
    with pytest.raises(TypeError):
        version_update(
            version=DocumentVersionFactory(), editor=governance_member, status=Status.APPROVED
        )


@time_machine.travel(datetime.datetime(2026, 3, 12, 15, 0, tzinfo=datetime.UTC), tick=False)
def test_approving_supersedes_the_current_version_and_records_who_and_when(governance_member):
    document = DocumentFactory()
    old = DocumentVersionFactory(document=document, number=1, approved=True)
    new = DocumentVersionFactory(document=document, number=2)

    version_approve(
        version=new,
        approver=governance_member,
        effective_date=datetime.date(2026, 4, 1),
        note=" Board meeting of 12 March 2026, motion 3 ",
    )

    old.refresh_from_db()
    new.refresh_from_db()
    assert old.status == Status.SUPERSEDED
    assert new.status == Status.APPROVED
    assert new.approved_by == governance_member
    assert new.approved_at == datetime.datetime(2026, 3, 12, 15, 0, tzinfo=datetime.UTC)
    assert new.effective_date == datetime.date(2026, 4, 1)
    assert new.approval_note == "Board meeting of 12 March 2026, motion 3"
    entry = AuditEntry.objects.get(action="document.version.approve")
    assert entry.data == {"effective_date": "2026-04-01", "superseded": [1]}


@time_machine.travel(datetime.datetime(2026, 3, 12, 15, 0, tzinfo=datetime.UTC), tick=False)
def test_approval_takes_effect_today_when_no_date_is_given(governance_member):
    version = DocumentVersionFactory()

    version_approve(version=version, approver=governance_member)

    version.refresh_from_db()
    assert version.effective_date == datetime.date(2026, 3, 12)


def test_a_version_out_for_consultation_can_be_approved(governance_member):
    version = DocumentVersionFactory(status=Status.CONSULTATION)

    version_approve(version=version, approver=governance_member)

    version.refresh_from_db()
    assert version.status == Status.APPROVED


def test_approving_is_refused_while_another_version_is_in_consultation(governance_member):
    document = DocumentFactory()
    DocumentVersionFactory(document=document, number=1, approved=True)
    DocumentVersionFactory(document=document, number=2, status=Status.CONSULTATION)
    draft = DocumentVersionFactory(document=document, number=3)

    with pytest.raises(DocumentError, match="Version 2 of this document is out for consultation"):
        version_approve(version=draft, approver=governance_member)

    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert not AuditEntry.objects.filter(action="document.version.approve").exists()


def test_approving_respects_a_consultation_opened_by_the_consultations_part(governance_member):
    """The consultations part moves a draft with a conditional UPDATE, not through us."""
    document = DocumentFactory()
    other = DocumentVersionFactory(document=document, number=1)
    draft = DocumentVersionFactory(document=document, number=2)
    DocumentVersion.objects.filter(pk=other.pk, status=Status.DRAFT).update(
        status=Status.CONSULTATION
    )

    with pytest.raises(DocumentError):
        version_approve(version=draft, approver=governance_member)


@pytest.mark.parametrize("status", [Status.APPROVED, Status.SUPERSEDED])
def test_an_approved_or_superseded_version_cannot_be_approved_again(governance_member, status):
    version = DocumentVersionFactory(
        status=status, approved_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    )

    with pytest.raises(DocumentError):
        version_approve(version=version, approver=governance_member)


def test_an_empty_draft_cannot_be_approved(governance_member):
    version = DocumentVersionFactory(body="<p>&nbsp;</p>")

    with pytest.raises(DocumentError, match="no text"):
        version_approve(version=version, approver=governance_member)


def test_the_database_refuses_two_approved_versions_of_a_document():
    document = DocumentFactory()
    DocumentVersionFactory(document=document, number=1, approved=True)

    with pytest.raises(IntegrityError):
        DocumentVersionFactory(document=document, number=2, approved=True)


def test_a_version_in_consultation_returns_to_draft(governance_member):
    version = DocumentVersionFactory(status=Status.CONSULTATION)

    version_return_to_draft(version=version, actor=governance_member)

    version.refresh_from_db()
    assert version.status == Status.DRAFT
    assert AuditEntry.objects.filter(action="document.version.return_to_draft").exists()


def test_only_a_version_in_consultation_returns_to_draft(governance_member):
    with pytest.raises(DocumentError, match="Only a version in consultation"):
        version_return_to_draft(version=DocumentVersionFactory(), actor=governance_member)


def test_a_draft_can_be_discarded(governance_member):
    version = DocumentVersionFactory(number=1)

    version_discard(version=version, actor=governance_member)

    assert not DocumentVersion.objects.filter(pk=version.pk).exists()
    assert AuditEntry.objects.get(action="document.version.discard").target_repr.endswith("v1")


def test_an_approved_version_cannot_be_discarded(governance_member):
    version = DocumentVersionFactory(approved=True)

    with pytest.raises(DocumentError, match="Only a draft"):
        version_discard(version=version, actor=governance_member)

    assert DocumentVersion.objects.filter(pk=version.pk).exists()
