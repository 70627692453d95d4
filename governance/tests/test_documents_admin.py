"""Documents in the admin: versions written in CKEditor 5, moved on only by the services."""

import pytest
from django.urls import reverse

from governance.models import DocumentVersion
from governance.tests.factories_documents import DocumentFactory, DocumentVersionFactory
from network.models import AuditEntry
from tests.plugin import sign_in

Status = DocumentVersion.Status
pytestmark = pytest.mark.django_db


def change_url(version: DocumentVersion) -> str:
    return reverse("admin:governance_documentversion_change", args=[version.pk])


def version_form_data(version: DocumentVersion, **changes) -> dict:
    return {
        "change_summary": version.change_summary,
        "body": version.body,
        "body_fr": version.body_fr,
        "effective_date": "",
        **changes,
    }


@pytest.fixture
def admin_client(client, governance_member):
    return sign_in(client, governance_member)


def test_the_document_page_lists_its_versions_with_links(
    admin_client, django_assert_max_num_queries
):
    document = DocumentFactory()
    versions = [
        DocumentVersionFactory(document=document, number=n, status=Status.DRAFT)
        for n in range(1, 12)
    ]

    with django_assert_max_num_queries(10):
        response = admin_client.get(reverse("admin:governance_document_change", args=[document.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    for version in versions:
        assert change_url(version) in html
    assert "Start a new version" in html


def test_the_document_list_shows_the_current_version(admin_client, django_assert_max_num_queries):
    for n in range(10):
        DocumentVersionFactory(document=DocumentFactory(), number=n + 1, approved=True)

    with django_assert_max_num_queries(11):
        response = admin_client.get(reverse("admin:governance_document_changelist"))

    assert response.status_code == 200
    assert "Version 10" in response.content.decode()


def test_the_version_list_is_pinned(admin_client, django_assert_max_num_queries):
    for n in range(12):
        DocumentVersionFactory(number=n + 1)

    with django_assert_max_num_queries(11):
        response = admin_client.get(reverse("admin:governance_documentversion_changelist"))

    assert response.status_code == 200


def test_a_draft_is_edited_with_the_ckeditor_widget_and_saved_sanitized(admin_client):
    version = DocumentVersionFactory()

    page = admin_client.get(change_url(version))
    assert 'class="django_ckeditor_5"' in page.content.decode()
    assert "django_ckeditor_5/dist/bundle.js" in page.content.decode()

    response = admin_client.post(
        change_url(version),
        version_form_data(version, body="<p>New <strong>text</strong></p><script>x()</script>"),
    )

    assert response.status_code == 302
    version.refresh_from_db()
    assert version.body == "<p>New <strong>text</strong></p>"
    assert AuditEntry.objects.filter(action="document.version.update").exists()


@pytest.mark.parametrize("status", [Status.APPROVED, Status.SUPERSEDED])
def test_an_approved_version_is_read_only_and_says_to_start_a_new_one(admin_client, status):
    version = DocumentVersionFactory(status=status, approved_at="2026-01-01T00:00Z")

    page = admin_client.get(change_url(version))
    post = admin_client.post(change_url(version), version_form_data(version, body="<p>No</p>"))

    html = page.content.decode()
    assert page.status_code == 200
    assert "An approved version cannot be edited: start a new version" in html
    assert 'name="body"' not in html
    assert "<p>Members share power and decisions.</p>" in html  # the text, not its source
    assert post.status_code == 403
    version.refresh_from_db()
    assert version.body != "<p>No</p>"


def test_starting_a_new_version_from_one_copies_it(admin_client):
    document = DocumentFactory()
    old = DocumentVersionFactory(document=document, number=1, superseded=True, body="<p>Old</p>")
    DocumentVersionFactory(document=document, number=2, approved=True)

    response = admin_client.post(
        reverse("admin:governance_documentversion_new_version", args=[old.pk])
    )

    new = document.versions.get(number=3)
    assert response.status_code == 302
    assert response.url == change_url(new)
    assert (new.status, new.body) == (Status.DRAFT, "<p>Old</p>")


def test_starting_a_new_version_from_the_document(admin_client):
    document = DocumentFactory()

    response = admin_client.post(
        reverse("admin:governance_document_new_version", args=[document.pk])
    )

    assert response.status_code == 302
    assert document.versions.get().number == 1


def test_approving_asks_the_date_and_note_then_approves(admin_client, governance_member):
    document = DocumentFactory()
    current = DocumentVersionFactory(document=document, number=1, approved=True)
    draft = DocumentVersionFactory(document=document, number=2)
    url = reverse("admin:governance_documentversion_approve", args=[draft.pk])

    form = admin_client.get(url)
    response = admin_client.post(
        url, {"effective_date": "2026-05-01", "note": "Board meeting, motion 2"}
    )

    assert form.status_code == 200
    assert 'name="effective_date"' in form.content.decode()
    assert response.status_code == 302
    draft.refresh_from_db()
    current.refresh_from_db()
    assert draft.status == Status.APPROVED
    assert draft.approved_by == governance_member
    assert str(draft.effective_date) == "2026-05-01"
    assert draft.approval_note == "Board meeting, motion 2"
    assert current.status == Status.SUPERSEDED


def test_approving_with_a_bad_date_is_a_400_at_the_field(admin_client):
    draft = DocumentVersionFactory()

    response = admin_client.post(
        reverse("admin:governance_documentversion_approve", args=[draft.pk]),
        {"effective_date": "not a date", "note": ""},
    )

    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_approving_while_another_version_is_in_consultation_says_why(admin_client):
    document = DocumentFactory()
    DocumentVersionFactory(document=document, number=1, status=Status.CONSULTATION)
    draft = DocumentVersionFactory(document=document, number=2)

    response = admin_client.post(
        reverse("admin:governance_documentversion_approve", args=[draft.pk]),
        {"effective_date": "", "note": ""},
        follow=True,
    )

    assert "Version 1 of this document is out for consultation" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_a_version_in_consultation_is_returned_to_draft(admin_client):
    version = DocumentVersionFactory(status=Status.CONSULTATION)

    page = admin_client.get(change_url(version))
    response = admin_client.post(
        reverse("admin:governance_documentversion_return_to_draft", args=[version.pk])
    )

    assert "Return to draft" in page.content.decode()
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.status == Status.DRAFT


def test_a_draft_is_discarded_through_the_delete_page(admin_client):
    version = DocumentVersionFactory()

    response = admin_client.post(
        reverse("admin:governance_documentversion_delete", args=[version.pk]), {"post": "yes"}
    )

    assert response.status_code == 302
    assert not DocumentVersion.objects.filter(pk=version.pk).exists()
    assert AuditEntry.objects.filter(action="document.version.discard").exists()


@pytest.mark.parametrize("status", [Status.APPROVED, Status.SUPERSEDED])
def test_deleting_an_approved_version_is_refused(admin_client, status):
    version = DocumentVersionFactory(status=status, approved_at="2026-01-01T00:00Z")

    response = admin_client.post(
        reverse("admin:governance_documentversion_delete", args=[version.pk]), {"post": "yes"}
    )

    assert response.status_code == 403
    assert DocumentVersion.objects.filter(pk=version.pk).exists()


def test_deleting_a_document_with_an_approved_version_is_refused(admin_client):
    version = DocumentVersionFactory(approved=True)

    response = admin_client.post(
        reverse("admin:governance_document_delete", args=[version.document.pk]), {"post": "yes"}
    )

    assert response.status_code == 403


@pytest.mark.parametrize("who", ["coordinator", "complaints_officer", "treasurer"])
def test_other_staff_cannot_approve(client, request, who):
    draft = DocumentVersionFactory()

    response = sign_in(client, request.getfixturevalue(who)).post(
        reverse("admin:governance_documentversion_approve", args=[draft.pk]), {}
    )

    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_the_network_administrator_may_approve(client, network_admin):
    draft = DocumentVersionFactory()

    sign_in(client, network_admin).post(
        reverse("admin:governance_documentversion_approve", args=[draft.pk]), {"note": ""}
    )

    draft.refresh_from_db()
    assert draft.status == Status.APPROVED
