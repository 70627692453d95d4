"""Training records: completed sessions, external training with evidence, peer-support hours,
certificates; only ever the owner's own."""

from datetime import timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from members.personal_data import personal_data_of
from members.services import account_close
from tests.factories import UserFactory, picture_bytes
from tests.plugin import sign_in
from training.demo import records as demo
from training.models import ExternalTraining, PeerSupportHours
from training.services import records as services

from .factories_records import (
    CourseFactory,
    ExternalTrainingFactory,
    PeerSupportHoursFactory,
    RegistrationFactory,
    SessionFactory,
    core_competency,
)

pytestmark = pytest.mark.django_db
ADD = reverse("training:external_training_add")
HOURS_ADD = reverse("training:peer_hours_add")
MINE = reverse("training:my_training")


def _form(**overrides) -> dict:
    data = {
        "title": "Harm reduction basics",
        "provider": "Street Health",
        "completed_on": (timezone.localdate() - timedelta(days=5)).isoformat(),
        "hours": "6",
    }
    data.update(overrides)
    return data


def _camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0132] = "2026:11:20 10:30:00"
    return exif


# --- External training and its evidence --------------------------------------------------------


def test_a_member_adds_external_training_with_a_pdf_and_only_they_can_download_it(
    client, full_member, outsider
):
    sign_in(client, full_member)
    pdf = SimpleUploadedFile("cert.pdf", b"%PDF-1.7\n% certificate\n", "application/pdf")
    response = client.post(
        ADD, {**_form(competencies=[core_competency(2).pk]), "evidence_file": pdf}
    )
    assert response.status_code == 302
    training = ExternalTraining.objects.get(person=full_member)
    assert training.evidence_type == "application/pdf"
    assert training.evidence.name.startswith("training-evidence/")
    assert "cert" not in training.evidence.name  # a random name, not the sender's
    assert list(training.competencies.all()) == [core_competency(2)]

    url = reverse("training:external_training_evidence", args=[training.pk])
    download = client.get(url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content).startswith(b"%PDF-")

    sign_in(client, outsider)
    assert client.get(url).status_code == 404
    edit = reverse("training:external_training_edit", args=[training.pk])
    assert client.get(edit).status_code == 404
    delete = reverse("training:external_training_delete", args=[training.pk])
    assert client.post(delete).status_code == 404
    assert ExternalTraining.objects.filter(pk=training.pk).exists()


def test_a_pdf_that_is_really_a_png_is_refused_with_a_message_that_says_so(client, full_member):
    sign_in(client, full_member)
    fake = SimpleUploadedFile("cert.pdf", picture_bytes(image_format="PNG"), "application/pdf")
    response = client.post(ADD, {**_form(), "evidence_file": fake})
    assert response.status_code == 400
    assert "named as a PDF but it is a PNG picture" in response.content.decode()
    assert "Harm reduction basics" in response.content.decode()  # values kept
    assert not ExternalTraining.objects.exists()


def test_an_executable_named_pdf_is_refused(client, full_member):
    sign_in(client, full_member)
    exe = SimpleUploadedFile("cert.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf")
    response = client.post(ADD, {**_form(), "evidence_file": exe})
    assert response.status_code == 400
    assert "named as a PDF but it is not one" in response.content.decode()
    assert not ExternalTraining.objects.exists()


def test_a_file_of_another_type_is_refused(client, full_member):
    sign_in(client, full_member)
    text = SimpleUploadedFile("notes.txt", b"just words", "text/plain")
    response = client.post(ADD, {**_form(), "evidence_file": text})
    assert response.status_code == 400
    assert "not a PDF, JPEG or PNG" in response.content.decode()


def test_a_file_over_five_megabytes_is_refused(client, full_member):
    sign_in(client, full_member)
    big = SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024), "application/pdf")
    response = client.post(ADD, {**_form(), "evidence_file": big})
    assert response.status_code == 400
    assert "Please choose a file of 5.0" in response.content.decode()
    assert not ExternalTraining.objects.exists()


def test_a_photo_of_a_certificate_is_re_encoded_without_its_exif(client, full_member):
    sign_in(client, full_member)
    photo = picture_bytes(image_format="JPEG", exif=_camera_exif())
    assert b"PhoneMaker" in photo
    upload = SimpleUploadedFile("cert.jpg", photo, "image/jpeg")
    assert client.post(ADD, {**_form(), "evidence_file": upload}).status_code == 302
    training = ExternalTraining.objects.get()
    assert training.evidence_type == "image/jpeg"
    stored = training.evidence.open("rb").read()
    assert b"PhoneMaker" not in stored
    assert not Image.open(BytesIO(stored)).getexif()


def test_a_png_is_accepted_and_kept_as_a_jpeg(client, full_member):
    sign_in(client, full_member)
    upload = SimpleUploadedFile("cert.png", picture_bytes(image_format="PNG"), "image/png")
    assert client.post(ADD, {**_form(), "evidence_file": upload}).status_code == 302
    assert ExternalTraining.objects.get().evidence.name.endswith(".jpg")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hours", "0", "greater than or equal to 0.1"),
        ("hours", "501", "less than or equal to 500"),
        ("completed_on", "2999-01-01", "in the future"),
        ("title", "", "This field is required"),
    ],
)
def test_bad_external_training_is_refused_at_the_field(client, full_member, field, value, message):
    sign_in(client, full_member)
    response = client.post(ADD, _form(**{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ExternalTraining.objects.exists()


def test_replacing_and_removing_evidence_deletes_the_old_file_after_commit(
    client, full_member, django_capture_on_commit_callbacks
):
    sign_in(client, full_member)
    pdf = SimpleUploadedFile("a.pdf", b"%PDF-1.4 first", "application/pdf")
    client.post(ADD, {**_form(), "evidence_file": pdf})
    training = ExternalTraining.objects.get()
    first = training.evidence.name
    edit = reverse("training:external_training_edit", args=[training.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, {**_form(), "remove_evidence": "on"})
    assert response.status_code == 302
    training.refresh_from_db()
    assert not training.evidence
    assert not default_storage.exists(first)


def test_deleting_external_training_removes_the_row_and_its_file(
    client, full_member, django_capture_on_commit_callbacks
):
    sign_in(client, full_member)
    client.post(
        ADD, {**_form(), "evidence_file": SimpleUploadedFile("a.pdf", b"%PDF-1", "application/pdf")}
    )
    training = ExternalTraining.objects.get()
    name = training.evidence.name
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("training:external_training_delete", args=[training.pk]))
    assert not ExternalTraining.objects.exists()
    assert not default_storage.exists(name)


# --- Hours ---------------------------------------------------------------------------------------


def test_hours_are_logged_and_totalled_by_year_and_overall(client, full_member):
    sign_in(client, full_member)
    today = timezone.localdate()
    response = client.post(
        HOURS_ADD, {"date": today.isoformat(), "hours": "2.5", "kind": "group", "note": "mine"}
    )
    assert response.status_code == 302
    PeerSupportHoursFactory(person=full_member, date=today.replace(year=today.year - 1), hours=4)
    PeerSupportHoursFactory(hours=99 % 24)  # someone else's
    page = client.get(MINE).content.decode()
    assert "6.5 hours" in page
    assert "2.5 hours" in page
    assert "4.0 hours" in page or "4 hours" in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hours", "0", "greater than or equal to 0.1"),
        ("hours", "25", "less than or equal to 24"),
        ("hours", "abc", "Enter a number"),
        ("date", "2999-01-01", "in the future"),
        ("kind", "napping", "Select a valid choice"),
    ],
)
def test_bad_hours_are_refused_at_the_field_with_the_values_kept(
    client, full_member, field, value, message
):
    sign_in(client, full_member)
    data = {"date": timezone.localdate().isoformat(), "hours": "2", "kind": "group"}
    data["organization"] = "Kept Org"
    data[field] = value
    response = client.post(HOURS_ADD, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Kept Org" in response.content.decode()
    assert not PeerSupportHours.objects.exists()


def test_other_peoples_hours_answer_404(client, full_member, outsider):
    entry = PeerSupportHoursFactory(person=full_member)
    sign_in(client, outsider)
    assert client.get(reverse("training:peer_hours_edit", args=[entry.pk])).status_code == 404
    assert client.post(reverse("training:peer_hours_delete", args=[entry.pk])).status_code == 404
    assert PeerSupportHours.objects.filter(pk=entry.pk).exists()


# --- Completed sessions and certificates --------------------------------------------------------


def test_the_certificate_is_there_only_after_attendance_and_only_for_the_owner(
    client, full_member, outsider
):
    course = CourseFactory(title="Core workshop", duration_hours=Decimal("12.0"), builds=[1, 4])
    session = SessionFactory(course=course, starts_at=timezone.now() - timedelta(days=3))
    registration = RegistrationFactory(session=session, person=full_member)
    url = reverse("training:certificate", args=[registration.pk])
    sign_in(client, full_member)
    assert client.get(url).status_code == 404  # not marked yet
    registration.attended = False
    registration.save()
    assert client.get(url).status_code == 404
    registration.attended = True
    registration.save()
    page = client.get(url)
    assert page.status_code == 200
    text = page.content.decode()
    for expected in ("River", "Core workshop", "12.0", core_competency(4).display_name):
        assert expected in text
    assert "Core workshop" in client.get(MINE).content.decode()
    sign_in(client, outsider)
    assert client.get(url).status_code == 404


def test_my_training_runs_a_fixed_number_of_queries(client, full_member, assert_page_queries):
    for _ in range(8):
        session = SessionFactory(starts_at=timezone.now() - timedelta(days=40))
        RegistrationFactory(session=session, person=full_member, attended=True)
        training = ExternalTrainingFactory(person=full_member)
        training.competencies.set([core_competency(1), core_competency(2)])
        PeerSupportHoursFactory(person=full_member)
    PeerSupportHoursFactory.create_batch(30, person=full_member)
    sign_in(client, full_member)
    assert_page_queries(MINE, 13)
    second = assert_page_queries(f"{MINE}?page=2", 13)
    assert "Page 2 of 2" in second.content.decode()


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get(MINE)
    assert response.status_code == 302
    assert "login" in response["Location"]


# --- Personal data, account close, demo ----------------------------------------------------------


def test_personal_data_lists_attended_sessions_external_training_and_hours(full_member):
    RegistrationFactory(person=full_member, attended=True, session__course__title="Listening")
    ExternalTrainingFactory(person=full_member, title="First aid")
    PeerSupportHoursFactory(person=full_member, note="private words")
    sections = {section.key: section.records for section in personal_data_of(full_member)}
    assert sections["training_attended"][0]["course"] == "Listening"
    assert sections["training_external"][0]["title"] == "First aid"
    assert sections["training_hours"][0]["note"] == "private words"


def test_closing_the_account_deletes_external_training_its_files_and_hours(
    full_member, django_capture_on_commit_callbacks
):
    evidence = services.evidence_check(SimpleUploadedFile("a.pdf", b"%PDF-1.5", "application/pdf"))
    training = services.external_training_create(
        person=full_member,
        title="First aid",
        provider="Red Cross",
        completed_on=timezone.localdate(),
        hours=Decimal(8),
        evidence=evidence,
    )
    name = training.evidence.name
    PeerSupportHoursFactory(person=full_member)
    other = PeerSupportHoursFactory(person=UserFactory())
    with django_capture_on_commit_callbacks(execute=True):
        account_close(user=full_member)
    assert not ExternalTraining.objects.filter(person=full_member).exists()
    assert not PeerSupportHours.objects.filter(person=full_member).exists()
    assert PeerSupportHours.objects.filter(pk=other.pk).exists()
    assert not default_storage.exists(name)


def test_the_demo_gives_the_full_member_external_training_and_hours_and_runs_twice():
    person = UserFactory(email=demo.MEMBER)
    demo.seed()
    demo.seed()
    assert ExternalTraining.objects.filter(person=person).count() == len(demo.EXTERNAL)
    assert PeerSupportHours.objects.filter(person=person).count() == len(demo.HOURS)
    assert ExternalTraining.objects.filter(person=person, competencies__isnull=False).exists()
