"""The library in the admin: uploads checked by their content (never their name alone), what
each kind of resource needs, the review flags and the "Mark as reviewed today" action."""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from content.models import Resource
from content.services import resources as services
from network.models import AuditEntry
from tests.factories import picture_bytes
from training.models import Competency

from .factories import ResourceFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/content/resource/add/"
CHANGELIST = "/admin/content/resource/"


def _zip(parts: dict[str, bytes]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return output.getvalue()


def _docx() -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})


def _odt() -> bytes:
    return _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})


def _form(**overrides) -> dict:
    data = {
        "kind": "document",
        "title": "Hiring peer workers",
        "title_fr": "Embaucher des pairs aidants",
        "slug": "hiring-peer-workers",
        "summary": "A guide for hiring committees.",
        "summary_fr": "",
        "body": "",
        "body_fr": "",
        "url": "",
        "language": "en",
        "lhin": "",
        "access": "0",
        "status": "published",
        "reviewed_on": timezone.localdate().isoformat(),
    }
    return {**data, **overrides}


# --- the checks, by content --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "content_type", "stored_name"),
    [
        ("guide.pdf", b"%PDF-1.7\n% a guide\n", services.PDF, "guide.pdf"),
        ("Plan.docx", _docx(), services.DOCX, "Plan.docx"),
        ("notes.odt", _odt(), services.ODT, "notes.odt"),
        ("budget.csv", b"item,cost\nspace,0\n", services.CSV, "budget.csv"),
        ("lisez-moi.txt", "Énoncés des attentes\n".encode(), services.TEXT, "lisez-moi.txt"),
        ("no-ending", b"%PDF-1.4 named without ending", services.PDF, "no-ending.pdf"),
    ],
)
def test_an_allowed_file_is_recognized_by_its_content(name, content, content_type, stored_name):
    checked = services.resource_file_check(SimpleUploadedFile(name, content, "whatever/type"))

    assert checked.content_type == content_type
    assert checked.name == stored_name
    assert checked.size == len(content)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("guide.pdf", b"<html><script>alert(1)</script></html>", "named as a file of type"),
        ("notes.txt", b"<!DOCTYPE html><p>hello</p>", "web page or drawing"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "web page or drawing"),
        ("report.docx", _zip({"readme.txt": b"just a zip"}), "named as a file of type"),
        ("Plan.xlsx", _docx(), "it is a file of type “Word document (DOCX)”"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "not accepted"),
        ("run.exe", b"MZ\x90\x00\x03\x00\x00\x00", "not accepted"),
        ("photo.png", b"%PDF-1.4 not a picture", "named as a picture"),
        ("empty.pdf", b"", "This file is empty."),
    ],
)
def test_a_file_that_is_not_what_it_claims_or_not_allowed_is_refused(name, content, message):
    with pytest.raises(ValidationError) as refused:
        services.resource_file_check(SimpleUploadedFile(name, content, "application/pdf"))

    assert message in " ".join(refused.value.messages)


def test_a_file_over_twenty_megabytes_is_refused_naming_the_limit():
    big = SimpleUploadedFile(
        "big.pdf", b"%PDF-" + b"0" * services.MAX_FILE_BYTES, "application/pdf"
    )

    with pytest.raises(ValidationError) as refused:
        services.resource_file_check(big)

    assert refused.value.messages == [
        "This file is 20.0\xa0MB. Please choose a file of 20.0\xa0MB or less."
    ]


def test_a_picture_is_re_encoded_without_its_metadata():
    exif = Image.Exif()
    exif[0x010F] = "Phone maker"  # the camera's make: must not survive
    upload = SimpleUploadedFile(
        "poster.png", picture_bytes(image_format="PNG", exif=exif), "image/png"
    )

    checked = services.resource_file_check(upload)

    assert checked.content_type == services.JPEG
    assert checked.name == "poster.jpg"
    stored = checked.content.read()
    assert stored.startswith(b"\xff\xd8")
    assert b"Phone maker" not in stored


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ('my "best" guide.pdf', "my best guide.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\sam\\Énoncés des attentes.pdf", "Énoncés des attentes.pdf"),
        ("line\r\nbreak\tand\x00nul.pdf", "line break and nul.pdf"),
        ('"".pdf', "resource.pdf"),
        ("x" * 300 + ".pdf", "x" * 150 + ".pdf"),
    ],
)
def test_the_original_name_is_kept_clean_for_the_download(given, kept):
    assert services.safe_file_name(given, services.PDF) == kept


# --- the admin form ----------------------------------------------------------------------------


def test_an_editor_adds_a_document_with_a_file_and_the_name_type_and_size_are_kept(
    client_for, content_editor, django_capture_on_commit_callbacks
):
    client = client_for(content_editor)
    upload = SimpleUploadedFile('Hiring "guide"\n.pdf', b"%PDF-1.7 hiring", "text/html")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD, {**_form(), "upload": upload, "competencies": []})

    assert response.status_code == 302, response.context["adminform"].form.errors
    resource = Resource.objects.get(slug="hiring-peer-workers")
    assert resource.file_name == "Hiring guide.pdf"
    assert resource.file_type == "application/pdf"
    assert resource.file_size == 15
    assert resource.file.name.startswith("resources/")
    assert "Hiring" not in resource.file.name  # stored under a random name
    assert resource.updated_by == content_editor
    assert AuditEntry.objects.filter(action="content.resource.create").exists()


def test_a_pdf_that_is_really_a_web_page_is_refused_on_its_field_and_the_rest_is_kept(
    client_for, content_editor
):
    upload = SimpleUploadedFile("guide.pdf", b"<html><body>hi</body></html>", "application/pdf")

    response = client_for(content_editor).post(ADD, {**_form(), "upload": upload})

    assert response.status_code == 400
    form = response.context["adminform"].form
    assert "named as a file of type “PDF document”" in " ".join(form.errors["upload"])
    assert form["title"].value() == "Hiring peer workers"
    assert not Resource.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"kind": "link"}, "url", "A link or a video needs its address"),
        ({"kind": "video"}, "url", "A link or a video needs its address"),
        ({"kind": "document"}, "upload", "A document needs a file or a link"),
        ({"kind": "tool", "body": "<p>&nbsp;</p><script>x()</script>"}, "body", "A tool is"),
        ({"kind": "link", "url": "ftp://files.example.org/a"}, "url", "web address starting"),
    ],
)
def test_each_kind_asks_for_what_it_needs_on_the_right_field(
    client_for, content_editor, overrides, field, message
):
    response = client_for(content_editor).post(ADD, _form(**overrides))

    assert response.status_code == 400
    assert message in " ".join(response.context["adminform"].form.errors[field])


def test_a_document_may_be_a_link_and_a_tool_its_text(client_for, content_editor):
    client = client_for(content_editor)

    link = client.post(ADD, _form(url="peersupportcanada.ca/guide"))
    tool = client.post(
        ADD, _form(kind="tool", slug="checklist", body="<h2>Checklist</h2><ul><li>Ask</li></ul>")
    )

    assert link.status_code == tool.status_code == 302
    assert (
        Resource.objects.get(slug="hiring-peer-workers").url == "https://peersupportcanada.ca/guide"
    )
    assert Resource.objects.get(slug="checklist").body == "<h2>Checklist</h2><ul><li>Ask</li></ul>"


def test_an_editor_removes_a_file_and_it_leaves_storage_after_the_commit(
    client_for, content_editor, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(kind="document", url="https://example.org/guide")
    services.resource_save(
        resource=resource,
        actor=None,
        checked_file=services.resource_file_check(
            SimpleUploadedFile("a.pdf", b"%PDF-1.4 a", "application/pdf")
        ),
    )
    stored = resource.file.name
    storage = resource.file.storage
    data = _form(
        slug=resource.slug,
        title=resource.title,
        url=resource.url,
        remove_file="on",
        reviewed_on=resource.reviewed_on.isoformat(),
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(content_editor).post(f"{CHANGELIST}{resource.pk}/change/", data)

    assert response.status_code == 302
    resource.refresh_from_db()
    assert not resource.file
    assert resource.file_name == resource.file_type == ""
    assert not storage.exists(stored)


def test_the_change_form_shows_the_file_by_name_through_the_checked_download(
    client_for, content_editor
):
    resource = ResourceFactory(kind="document")
    services.resource_save(
        resource=resource,
        actor=None,
        checked_file=services.resource_file_check(
            SimpleUploadedFile("guide.pdf", b"%PDF-1.4 a", "application/pdf")
        ),
    )

    page = client_for(content_editor).get(f"{CHANGELIST}{resource.pk}/change/").content.decode()

    assert f'href="/resources/{resource.slug}/download/">guide.pdf</a>' in page
    assert resource.file.name not in page  # never the storage address


# --- review -------------------------------------------------------------------------------------


def test_the_admin_list_marks_and_filters_what_needs_review_and_dead_links(
    client_for, content_editor
):
    old = timezone.localdate() - timedelta(days=400)
    ResourceFactory(title="Stale guide", reviewed_on=old)
    ResourceFactory(title="Fresh guide")
    ResourceFactory(
        title="Gone link", link_state=Resource.LinkState.DEAD, link_error="HTTP 404 Not Found"
    )
    client = client_for(content_editor)

    everything = client.get(CHANGELIST).content.decode()
    due = client.get(CHANGELIST, {"needs_review": "yes"})

    assert "⚠ Needs review" in everything
    assert "⚠ Not working</strong> (HTTP 404 Not Found)" in everything
    assert [r.title for r in due.context["cl"].result_list] == ["Stale guide"]


def test_the_admin_list_query_count_stays_flat(
    client_for, content_editor, assert_page_queries, lhin_toronto
):
    client_for(content_editor)
    competencies = list(Competency.objects.filter(framework__slug="core"))

    def add(count: int) -> None:
        for n in range(count):
            ResourceFactory(lhin=lhin_toronto if n % 2 else None, competencies=competencies[:2])

    add(3)
    assert_page_queries(CHANGELIST, 14)
    add(30)
    assert_page_queries(CHANGELIST, 14)


def test_deleting_a_resource_removes_its_file_after_the_commit(
    client_for, content_editor, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(kind="document")
    services.resource_save(
        resource=resource,
        actor=None,
        checked_file=services.resource_file_check(
            SimpleUploadedFile("a.pdf", b"%PDF-1.4 a", "application/pdf")
        ),
    )
    stored, storage = resource.file.name, resource.file.storage

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(content_editor).post(
            CHANGELIST,
            {"action": "delete_selected", "_selected_action": [resource.pk], "post": "yes"},
        )

    assert response.status_code == 302
    assert not Resource.objects.exists()
    assert not storage.exists(stored)
    assert AuditEntry.objects.filter(action="content.resource.delete").exists()


def test_marking_resources_reviewed_today_clears_the_flag(client_for, content_editor):
    stale = ResourceFactory(reviewed_on=timezone.localdate() - timedelta(days=400))
    other = ResourceFactory(reviewed_on=timezone.localdate() - timedelta(days=500))

    response = client_for(content_editor).post(
        CHANGELIST,
        {"action": "mark_reviewed", "_selected_action": [stale.pk]},
        follow=True,
    )

    assert "1 resource marked as reviewed today." in response.content.decode()
    stale.refresh_from_db()
    other.refresh_from_db()
    assert stale.reviewed_on == timezone.localdate()
    assert stale.updated_by == content_editor
    assert other.reviewed_on < timezone.localdate()
    assert AuditEntry.objects.filter(action="content.resource.reviewed").count() == 1


def test_a_coordinator_cannot_reach_the_library_admin(client_for, coordinator):
    assert client_for(coordinator).get(CHANGELIST).status_code == 403
