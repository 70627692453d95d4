"""The speaker's data: shown to them in "My data" (the safety plan too: it is theirs), and
erased with their account."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.services import account_close
from network.models import LHIN, AuditEntry
from speakers.models import SafetyPlan, Speaker, SpeakerStatusChange
from speakers.services.steps import speaker_step
from tests.factories import picture_file
from training.tests.factories_records import ExternalTrainingFactory, RegistrationFactory

from .factories import (
    DebriefFactory,
    OfferFactory,
    SafetyPlanFactory,
    SpeakerFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def speaker(full_member):
    speaker = SpeakerFactory(
        person=full_member,
        submitted=True,
        name="Jordan",
        show_bio=True,
        listed=True,
        topics=[TopicFactory(name="Harm reduction")],
    )
    SafetyPlanFactory(speaker=speaker)
    speaker_step(speaker=speaker, to_status="in_review", actor=None, email=False)
    return speaker


def test_my_data_shows_the_application_its_consents_steps_and_safety_plan(
    client_for, full_member, speaker
):
    client = client_for(full_member)

    page = client.get("/members/my-data/").content.decode()
    data = json.loads(client.get("/members/my-data/download/").content)

    for section in ("speaker", "speaker_safety_plan", "speaker_steps"):
        assert f'id="{section}"' in page
    assert "Your safety plan (nobody else sees it)" in page
    assert "SAFETY-PLAN-WONT: my family" in page
    [record] = data["speaker"]
    assert record["name_to_show"] == "Jordan"
    assert record["status"] == "In review"
    assert record["topics"] == ["Harm reduction"]
    assert record["lhins_served"] == ["Toronto Central"]
    assert record["formats"] == ["Policy roundtable", "Panel or conference"]
    assert record["references"] == "A reference, 555-0100"
    assert record["published"] == ["publish my bio", "list me in the public directory"]
    [plan] = data["speaker_safety_plan"]
    assert plan["support_person"] == "SAFETY-PLAN-SUPPORT: my sponsor, 555-0101"
    assert [step["status"] for step in data["speaker_steps"]] == ["In review"]


def test_my_data_reads_the_speaker_in_the_same_queries_however_much_they_hold(
    client_for, full_member, speaker
):
    client = client_for(full_member)
    client.get("/members/my-data/download/")  # content types are looked up once per process
    with CaptureQueriesContext(connection) as few:
        client.get("/members/my-data/download/")

    speaker.topics.add(*(TopicFactory() for _ in range(5)))
    speaker.lhins_served.add(*LHIN.objects.all())
    for _ in range(4):
        speaker.training_registrations.add(RegistrationFactory(person=full_member, attended=True))
        speaker.training_external.add(ExternalTrainingFactory(person=full_member))
        speaker_step(speaker=speaker, to_status="in_review", actor=None, email=False)
        DebriefFactory(offer=OfferFactory(speaker=speaker, status="accepted"))
    with CaptureQueriesContext(connection) as many:
        response = client.get("/members/my-data/download/")

    assert len(many) == len(few)
    [record] = json.loads(response.content)["speaker"]
    assert len(record["lhins_served"]) == 14
    assert len(record["training_attended"]) == 4
    assert len(json.loads(response.content)["speaker_engagements"]) == 4


def test_my_data_shows_the_speakers_engagements_with_their_own_debriefs(
    client_for, full_member, speaker
):
    offer = OfferFactory(
        speaker=speaker, status="accepted", request__event_title="Stigma at the health unit"
    )
    DebriefFactory(offer=offer, follow_up=True)

    data = json.loads(client_for(full_member).get("/members/my-data/download/").content)

    [engagement] = data["speaker_engagements"]
    assert engagement["event"] == "Stigma at the health unit"
    assert engagement["status"] == "Accepted"
    assert (
        engagement["debrief"]["notes"] == "DEBRIEF-PRIVATE: the question about my family was hard"
    )
    assert engagement["debrief"]["follow_up"] is True


def test_closing_the_account_erases_the_application_its_plan_and_photo(
    full_member, speaker, django_capture_on_commit_callbacks
):
    speaker.photo.save("photo.jpg", picture_file(), save=True)
    photo, storage = speaker.photo.name, speaker.photo.storage
    assert AuditEntry.objects.filter(target_repr="Jordan").exists()

    with django_capture_on_commit_callbacks(execute=True):
        account_close(user=full_member)

    assert not Speaker.objects.filter(pk=speaker.pk).exists()
    assert not SafetyPlan.objects.exists()
    assert not SpeakerStatusChange.objects.exists()
    assert not storage.exists(photo)
    assert not AuditEntry.objects.filter(target_repr="Jordan").exists()
    assert AuditEntry.objects.filter(target_repr__startswith="Former speaker ").exists()


# --- Demo data ---------------------------------------------------------------------------------


def _snapshot() -> list[tuple]:
    return sorted(
        (
            s.person.email,
            s.status,
            s.paused_at is not None,
            s.listed,
            s.topics.count(),
            s.changes.count(),
            s.has_safety_plan,
        )
        for s in Speaker.objects.select_related("person")
    )


def test_the_demo_has_speakers_in_every_state_and_running_it_twice_changes_nothing():
    from speakers.demo.applications import seed

    seed()
    first = _snapshot()
    seed()

    assert _snapshot() == first
    statuses = {status for _email, status, *_rest in first}
    assert statuses == {
        "draft",
        "submitted",
        "in_review",
        "conversation",
        "approved",
        "declined",
    }
    morgan = Speaker.objects.get(person__email="speaker@example.org")
    assert morgan.is_active
    assert Speaker.objects.listed().filter(pk=morgan.pk).exists()
    assert morgan.has_safety_plan
    assert not morgan.photo
    assert Speaker.objects.filter(status="approved", paused_at__isnull=False).count() == 1
    assert Speaker.objects.active().filter(listed=False).count() == 1
    assert Speaker.objects.listed().filter(languages__contains=["fr"]).count() >= 2
    assert len({s.home_lhin_id for s in Speaker.objects.listed()}) >= 4
