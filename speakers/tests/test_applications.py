"""Applying to the speakers' bureau: the steps, the draft, submitting, and what each person sees."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from network.models import LHIN, AuditEntry, OutboundEmail
from speakers.models import SafetyPlan, Speaker, SpeakerStatusChange
from speakers.services.applications import (
    ApplicationError,
    application_save,
    application_submit,
)
from tests.factories import MembershipFactory, picture_bytes
from training.tests.factories_records import ExternalTrainingFactory, RegistrationFactory

from .factories import SafetyPlanFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

APPLY = "/speakers/apply/"


def step(name: str) -> str:
    return f"/speakers/apply/{name}/"


ABOUT = {
    "name": "Jordan",
    "home_lhin": "",
    "bio": "I talk about what harm reduction meant for my family.",
    "photo_alt": "",
}


def about(lhin: LHIN, **changes) -> dict:
    return {**ABOUT, "home_lhin": lhin.pk, **changes}


def speaking(topic, lhin: LHIN, **changes) -> dict:
    return {
        "topics": [topic.pk],
        "formats": ["roundtable", "media"],
        "audiences": ["providers"],
        "lhins_served": [lhin.pk],
        "languages": ["en", "fr"],
        "travel": "region",
        "availability": "Weekday evenings",
        "monthly_limit": "2",
        **changes,
    }


BACKGROUND = {
    "references": "Alex at the drop-in, 555-0142",
    "accessibility_needs": "A chair on stage",
    "honorarium_preference": "accept",
}
PUBLISH = {"show_name": "on", "show_bio": "on", "show_topics": "on", "listed": "on"}
SAFETY = {
    "will_speak_about": "What helped me find housing",
    "wont_speak_about": "My children",
    "support_person": "Sam, 555-0199",
    "after_care": "A long walk",
}


def post(client, name: str, data: dict, action: str = "continue"):
    return client.post(step(name), {**data, "action": action})


# --- The journey -------------------------------------------------------------------------------


def test_a_member_applies_step_by_step_and_submits(
    client_for, full_member, coordinator, lhin_toronto
):
    topic = TopicFactory(name="Harm reduction")
    client = client_for(full_member)

    assert client.get(APPLY)["Location"] == step("about")
    response = post(client, "about", about(lhin_toronto))
    assert response["Location"] == step("speaking")
    assert post(client, "speaking", speaking(topic, lhin_toronto))["Location"] == step("background")
    assert post(client, "background", BACKGROUND)["Location"] == step("publish")
    assert post(client, "publish", PUBLISH)["Location"] == step("safety")
    assert post(client, "safety", SAFETY)["Location"] == step("review")
    review = client.get(step("review"))
    assert review.status_code == 200
    page = review.content.decode()
    for shown in (
        "Jordan",
        "Harm reduction",
        "Media interview",
        "Alex at the drop-in",
        "My children",
    ):
        assert shown in page
    assert "Still needed before you can submit" not in page

    response = client.post(step("review"), {"action": "submit"})

    assert response["Location"] == "/speakers/me/"
    speaker = Speaker.objects.get(person=full_member)
    assert speaker.status == "submitted"
    assert speaker.submitted_at is not None
    assert speaker.name == "Jordan"
    assert speaker.home_lhin == lhin_toronto
    assert list(speaker.topics.all()) == [topic]
    assert speaker.formats == ["roundtable", "media"]
    assert speaker.languages == ["en", "fr"]
    assert speaker.monthly_limit == 2
    assert speaker.references == "Alex at the drop-in, 555-0142"
    assert speaker.honorarium_preference == "accept"
    assert (speaker.show_name, speaker.show_bio, speaker.show_photo, speaker.listed) == (
        True,
        True,
        False,
        True,
    )
    assert SafetyPlan.objects.get(speaker=speaker).wont_speak_about == "My children"
    assert [(s.from_status, s.to_status, s.actor) for s in speaker.changes.all()] == [
        ("draft", "submitted", full_member)
    ]


def test_submitting_emails_the_applicant_and_tells_the_coordinators_only_that_one_waits(
    client_for, full_member, coordinator, coordinator_other, lhin_toronto
):
    speaker = SpeakerFactory(person=full_member, name="Jordan", bio="MY-PRIVATE-BIO")
    SpeakerFactory(submitted=True)  # another application waiting in Toronto Central

    client_for(full_member).post(step("review"), {"action": "submit"})

    [to_applicant] = OutboundEmail.objects.filter(to=[full_member.email])
    assert to_applicant.subject == "Your speakers' bureau application is sent"
    assert "Toronto Central" in to_applicant.body_text
    assert "/speakers/me/" in to_applicant.body_text
    [to_coordinator] = OutboundEmail.objects.filter(to=[coordinator.email])
    assert to_coordinator.subject == "A speakers' bureau application is waiting in Toronto Central"
    assert "2 applications in Toronto Central" in to_coordinator.body_text
    for detail in ("Jordan", "MY-PRIVATE-BIO", full_member.display_name, full_member.email):
        assert detail not in to_coordinator.subject + to_coordinator.body_text
    assert not OutboundEmail.objects.filter(to=[coordinator_other.email]).exists()
    speaker.refresh_from_db()
    assert speaker.status == "submitted"


def test_the_steps_start_from_the_display_name_and_the_membership_region(
    client_for, full_member, lhin_north_east
):
    MembershipFactory(person=full_member, lhin=lhin_north_east)

    page = client_for(full_member).get(step("about")).content.decode()

    assert 'value="River"' in page
    assert f'<option value="{lhin_north_east.pk}" selected>' in page
    assert not Speaker.objects.filter(person=full_member).exists()  # nothing saved by looking


def test_a_draft_saves_unfinished_and_the_review_links_each_missing_part_to_its_step(
    client_for, full_member
):
    client = client_for(full_member)

    response = post(client, "about", {**ABOUT, "name": "", "bio": ""}, action="leave")

    assert response["Location"] == "/speakers/me/"
    speaker = Speaker.objects.get(person=full_member)
    assert speaker.status == "draft"
    review = client.get(step("review")).content.decode()
    assert "Still needed before you can submit" in review
    for anchor in (
        "/speakers/apply/about/#id_name",
        "/speakers/apply/about/#id_bio",
        "/speakers/apply/about/#id_home_lhin",
        "/speakers/apply/speaking/#id_topics",
        "/speakers/apply/speaking/#id_formats",
        "/speakers/apply/speaking/#id_lhins_served",
        "/speakers/apply/speaking/#id_languages",
    ):
        assert anchor in review
    assert client.get(APPLY)["Location"] == step("about")  # continues where something is missing


def test_submitting_an_unfinished_draft_is_refused_with_what_is_missing(client_for, full_member):
    SpeakerFactory(person=full_member, bio="", formats=[])
    client = client_for(full_member)

    response = client.post(step("review"), {"action": "submit"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Your application is not complete yet. Still needed: A public bio; At least one" in page
    assert 'href="/speakers/apply/about/#id_bio"' in page
    assert 'href="/speakers/apply/speaking/#id_formats"' in page
    assert Speaker.objects.get(person=full_member).status == "draft"
    assert not OutboundEmail.objects.exists()


def test_going_back_keeps_everything_saved(client_for, full_member, lhin_toronto):
    topic = TopicFactory()
    client = client_for(full_member)
    post(client, "about", about(lhin_toronto))

    response = post(client, "speaking", speaking(topic, lhin_toronto), action="back")

    assert response["Location"] == step("about")
    page = client.get(step("about")).content.decode()
    assert 'value="Jordan"' in page
    assert "harm reduction meant for my family" in page
    page = client.get(step("speaking")).content.decode()
    assert f'value="{topic.pk}" id="id_topics_0" checked' in page
    assert 'value="media" id="id_formats_2" checked' in page
    assert 'value="2"' in page


def test_the_regions_served_start_from_the_home_region(client_for, full_member, lhin_north_east):
    SpeakerFactory(person=full_member, home_lhin=lhin_north_east, lhins_served=[])

    page = client_for(full_member).get(step("speaking")).content.decode()

    assert f'value="{lhin_north_east.pk}" id="id_lhins_served_12" checked' in page


def test_a_second_submission_is_refused_and_nobody_is_emailed_twice(
    client_for, full_member, coordinator
):
    SpeakerFactory(person=full_member)
    client = client_for(full_member)
    client.post(step("review"), {"action": "submit"})

    again = client.post(step("review"), {"action": "submit"})

    assert again.status_code == 302  # the page now shows what was sent, read-only
    assert Speaker.objects.get(person=full_member).changes.count() == 1
    assert OutboundEmail.objects.filter(to=[full_member.email]).count() == 1
    assert OutboundEmail.objects.filter(to=[coordinator.email]).count() == 1
    with pytest.raises(ApplicationError, match="Only a draft can be submitted"):
        application_submit(
            speaker_id=Speaker.objects.get(person=full_member).pk, person=full_member
        )


# --- Bad input ---------------------------------------------------------------------------------


def test_bad_input_re_renders_the_step_with_400_its_messages_and_what_was_typed(
    client_for, full_member, lhin_toronto
):
    client = client_for(full_member)

    response = post(
        client,
        "about",
        about(lhin_toronto, name="jordan@example.net", bio="Kept bio text", home_lhin="999"),
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "A name to show cannot be an email address." in page
    assert "Please choose one of the 14 LHIN regions listed." in page
    assert 'href="#id_name"' in page  # the error summary links to the field
    assert 'value="jordan@example.net"' in page
    assert "Kept bio text" in page
    assert not Speaker.objects.filter(person=full_member).exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"monthly_limit": "11"}, "Please give a number from 1 to 10."),
        ({"monthly_limit": "0"}, "Please give a number from 1 to 10."),
        ({"monthly_limit": "two"}, "Please give a whole number from 1 to 10."),
        ({"formats": ["juggling"]}, "Please choose from the formats listed."),
        ({"topics": ["999999"]}, "Please choose from the topics listed."),
        ({"languages": ["xx"]}, "Please choose from the languages listed."),
        ({"travel": "moon"}, "Please choose one of the options listed."),
    ],
)
def test_the_speaking_step_refuses_bad_values_with_a_message_on_the_field(
    client_for, full_member, lhin_toronto, changes, message
):
    client = client_for(full_member)

    response = post(client, "speaking", speaking(TopicFactory(), lhin_toronto, **changes))

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "Weekday evenings" in page  # what was typed stays


def test_a_staff_sounding_name_is_refused(client_for, full_member, lhin_toronto):
    response = post(client_for(full_member), "about", about(lhin_toronto, name="Coordinator Jo"))

    assert response.status_code == 400
    assert "does not sound like a staff role" in response.content.decode()


def test_an_unknown_step_is_not_found(client_for, full_member):
    assert client_for(full_member).get(step("nothing")).status_code == 404


def test_training_can_only_be_chosen_from_the_persons_own_record(client_for, full_member, outsider):
    mine = RegistrationFactory(person=full_member, attended=True)
    missed = RegistrationFactory(person=full_member, attended=False)
    theirs = ExternalTrainingFactory(person=outsider)
    elsewhere = ExternalTrainingFactory(person=full_member, title="Media training")
    client = client_for(full_member)

    page = client.get(step("background")).content.decode()
    assert mine.session.course.title in page
    assert "Media training" in page
    assert theirs.title not in page

    refused = post(client, "background", {**BACKGROUND, "training_registrations": [missed.pk]})
    assert refused.status_code == 400
    assert "Please choose from your own training listed." in refused.content.decode()
    refused = post(client, "background", {**BACKGROUND, "training_external": [theirs.pk]})
    assert refused.status_code == 400

    saved = post(
        client,
        "background",
        {**BACKGROUND, "training_registrations": [mine.pk], "training_external": [elsewhere.pk]},
    )
    assert saved.status_code == 302
    speaker = Speaker.objects.get(person=full_member)
    assert list(speaker.training_registrations.all()) == [mine]
    assert list(speaker.training_external.all()) == [elsewhere]


def test_without_training_on_record_the_step_links_to_the_training_record(client_for, full_member):
    page = client_for(full_member).get(step("background")).content.decode()

    assert "There is no training on your record yet." in page
    assert 'href="/training/my-training/external/add/"' in page


# --- The photo ---------------------------------------------------------------------------------


def camera_picture() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 39.0, 12.5)
    gps[3] = "W"
    gps[4] = (79.0, 23.0, 1.0)
    original = picture_bytes(size=(1600, 1200), exif=exif)
    assert Image.open(BytesIO(original)).getexif().get_ifd(0x8825)  # it has a GPS position
    return original


def test_a_photo_is_re_encoded_without_its_location_and_the_old_one_deleted(
    client_for, full_member, lhin_toronto, django_capture_on_commit_callbacks
):
    client = client_for(full_member)
    upload = SimpleUploadedFile("me.jpg", camera_picture(), content_type="image/jpeg")

    response = post(client, "about", about(lhin_toronto, photo=upload, photo_alt="Jordan, smiling"))

    assert response.status_code == 302
    speaker = Speaker.objects.get(person=full_member)
    stored = speaker.photo.read()
    photo = Image.open(BytesIO(stored))
    assert photo.format == "JPEG"
    assert max(photo.size) == 800
    assert not photo.getexif()
    assert b"PhoneMaker" not in stored
    old_name, storage = speaker.photo.name, speaker.photo.storage
    served = client.get(f"/speakers/photos/{speaker.public_id}/")
    assert served.status_code == 200

    replacement = SimpleUploadedFile("new.png", picture_bytes(image_format="PNG"), "image/png")
    with django_capture_on_commit_callbacks(execute=True):
        post(client, "about", about(lhin_toronto, photo=replacement, photo_alt="A lake"))

    speaker.refresh_from_db()
    assert speaker.photo.name != old_name
    assert not storage.exists(old_name)
    assert storage.exists(speaker.photo.name)


def test_a_file_that_is_not_a_picture_is_refused_with_400_and_the_rest_kept(
    client_for, full_member, lhin_toronto
):
    upload = SimpleUploadedFile("me.jpg", b"%PDF-1.4 not a picture", content_type="image/jpeg")

    response = post(
        client_for(full_member), "about", about(lhin_toronto, photo=upload, photo_alt="Me")
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "This file is not a picture we can use." in page
    assert 'value="Jordan"' in page
    assert not Speaker.objects.filter(person=full_member).exists()


def test_a_photo_needs_a_description_and_can_be_removed(
    client_for, full_member, lhin_toronto, django_capture_on_commit_callbacks
):
    client = client_for(full_member)
    upload = SimpleUploadedFile("me.jpg", picture_bytes(), content_type="image/jpeg")

    refused = post(client, "about", about(lhin_toronto, photo=upload))

    assert refused.status_code == 400
    assert "Please describe your photo in a few words" in refused.content.decode()

    upload.seek(0)
    post(client, "about", about(lhin_toronto, photo=upload, photo_alt="Me"))
    speaker = Speaker.objects.get(person=full_member)
    name, storage = speaker.photo.name, speaker.photo.storage
    with django_capture_on_commit_callbacks(execute=True):
        post(client, "about", about(lhin_toronto, remove_photo="on"))

    speaker.refresh_from_db()
    assert not speaker.photo
    assert speaker.photo_alt == ""
    assert not storage.exists(name)


# --- Read-only while reviewed, live once approved, again after a decline ------------------------


@pytest.mark.parametrize("status", ["submitted", "in_review", "conversation"])
def test_an_application_with_the_coordinators_is_read_only_to_its_applicant(
    client_for, full_member, lhin_toronto, status
):
    speaker = SpeakerFactory(person=full_member, status=status, name="Jordan")
    client = client_for(full_member)

    assert client.get(step("about"))["Location"] == step("review")
    assert post(client, "about", about(lhin_toronto, name="Changed"))["Location"] == step("review")
    review = client.get(step("review")).content.decode()

    speaker.refresh_from_db()
    assert speaker.name == "Jordan"
    assert "cannot be changed" in review
    assert "Submit my application" not in review
    assert "/speakers/me/" in review


def test_an_approved_speaker_edits_their_profile_at_once_without_a_new_review(
    client_for, full_member, lhin_toronto
):
    speaker = SpeakerFactory(person=full_member, approved=True, name="Jordan")
    client = client_for(full_member)

    page = client.get(step("about")).content.decode()
    assert "Edit your speaker profile" in page
    response = post(client, "about", about(lhin_toronto, name="Jo"))

    assert response["Location"] == step("speaking")
    speaker.refresh_from_db()
    assert speaker.name == "Jo"
    assert speaker.status == "approved"
    assert not speaker.changes.exists()
    assert AuditEntry.objects.filter(action="speaker.profile.change").exists()
    review = client.get(step("review")).content.decode()
    assert "Review your profile" in review
    assert "Submit my application" not in review
    assert f"/speakers/directory/{speaker.public_id}/" in review


def test_an_approved_speaker_cannot_empty_what_their_live_profile_needs(
    client_for, full_member, lhin_toronto
):
    speaker = SpeakerFactory(person=full_member, approved=True, name="Jordan")

    response = post(client_for(full_member), "speaking", {"monthly_limit": "1"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Please choose at least one topic." in page
    assert "Please choose at least one LHIN region." in page
    assert speaker.topics.exists()


def test_the_service_keeps_a_live_profile_complete_whatever_the_form(full_member):
    speaker = SpeakerFactory(person=full_member, approved=True)
    data = {
        "topics": [],
        "formats": ["panel"],
        "audiences": [],
        "lhins_served": list(speaker.lhins_served.all()),
        "languages": ["en"],
        "travel": "",
        "availability": "",
        "monthly_limit": 1,
    }

    with pytest.raises(ApplicationError, match="needs these to stay active: At least one topic"):
        application_save(person=full_member, step="speaking", data=data)

    assert speaker.topics.exists()


def test_an_approved_speaker_changes_their_consents_at_once(client_for, full_member):
    speaker = SpeakerFactory(person=full_member, approved=True)

    post(client_for(full_member), "publish", {"show_topics": "on"}, action="leave")

    speaker.refresh_from_db()
    assert speaker.show_topics
    assert not speaker.show_name
    assert not speaker.show_bio
    assert not speaker.listed
    assert not Speaker.objects.listed().filter(pk=speaker.pk).exists()


@pytest.mark.parametrize("status", ["declined", "withdrawn"])
def test_after_a_decline_or_a_withdrawal_saving_a_step_starts_a_new_draft(
    client_for, full_member, lhin_toronto, status
):
    speaker = SpeakerFactory(person=full_member, status=status)
    client = client_for(full_member)

    assert "starts a new application" in client.get(step("about")).content.decode()
    post(client, "about", about(lhin_toronto))

    speaker.refresh_from_db()
    assert speaker.status == "draft"
    assert speaker.name == "Jordan"
    step_taken = SpeakerStatusChange.objects.get(speaker=speaker)
    assert (step_taken.from_status, step_taken.to_status) == (status, "draft")
    assert not OutboundEmail.objects.exists()


def test_a_declined_applicant_may_send_their_application_again_as_it_is(
    client_for, full_member, coordinator
):
    speaker = SpeakerFactory(person=full_member, status="declined")

    response = client_for(full_member).post(step("review"), {"action": "submit"})

    assert response["Location"] == "/speakers/me/"
    speaker.refresh_from_db()
    assert speaker.status == "submitted"
    assert [(s.from_status, s.to_status) for s in speaker.changes.all()] == [
        ("declined", "submitted")
    ]
    assert OutboundEmail.objects.filter(to=[coordinator.email]).exists()


def test_a_safety_plan_emptied_in_its_step_is_not_kept(client_for, full_member):
    speaker = SpeakerFactory(person=full_member)
    SafetyPlanFactory(speaker=speaker)

    post(client_for(full_member), "safety", dict.fromkeys(SAFETY, ""))

    assert not SafetyPlan.objects.filter(speaker=speaker).exists()
    assert not speaker.has_safety_plan
