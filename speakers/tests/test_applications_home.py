"""The speaker's own page: where things are, what happens next, withdrawing, pausing and
resuming, and the number of queries each page runs."""

from datetime import UTC, datetime

import pytest
import time_machine

from network.models import LHIN, OutboundEmail
from speakers.models import Speaker, SpeakerStatusChange
from speakers.services.applications import (
    ApplicationError,
    application_withdraw,
    speaker_pause,
    speaker_resume,
)
from speakers.services.steps import speaker_step
from tests.plugin import sign_in
from training.tests.factories_records import ExternalTrainingFactory, RegistrationFactory

from .factories import OfferFactory, SafetyPlanFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

ME = "/speakers/me/"


def test_someone_who_has_not_applied_is_invited_to(client_for, outsider):
    page = client_for(outsider).get(ME).content.decode()

    assert "You have not applied to the speakers' bureau." in page
    assert 'href="/speakers/apply/"' in page


def test_a_signed_out_visitor_is_asked_to_sign_in(client):
    for url in (ME, "/speakers/apply/", "/speakers/apply/about/", "/speakers/me/safety-plan/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    ("status", "says", "next_step"),
    [
        ("draft", "Your application is a draft", "Still needed before you can submit"),
        ("submitted", "waiting for the coordinators of your LHIN", "A coordinator will start"),
        ("in_review", "Your application is being reviewed.", "a friendly talk"),
        ("conversation", "A conversation with you is planned for", "It is not a test"),
        ("declined", "we could not approve your application", "Apply again"),
        ("withdrawn", "You withdrew your application.", "Apply again"),
    ],
)
def test_the_page_says_where_things_are_and_what_happens_next(
    client_for, full_member, status, says, next_step
):
    SpeakerFactory(
        person=full_member,
        status=status,
        bio="" if status == "draft" else "A bio",
        conversation_at=datetime(2031, 3, 4, 18, 30, tzinfo=UTC),
    )

    page = client_for(full_member).get(ME).content.decode()

    assert says in page
    assert next_step in page


def test_a_declined_applicant_reads_the_coordinators_kind_note(client_for, full_member):
    SpeakerFactory(
        person=full_member, status="declined", decision_note="We would love to meet again."
    )

    assert "We would love to meet again." in client_for(full_member).get(ME).content.decode()


def test_an_active_listed_speaker_finds_their_pages_and_can_pause(client_for, full_member):
    speaker = SpeakerFactory(person=full_member, approved=True)
    SafetyPlanFactory(speaker=speaker)

    page = client_for(full_member).get(ME).content.decode()

    assert "You are an approved speaker, and active." in page
    assert 'href="/speakers/me/safety-plan/"' in page
    assert 'href="/speakers/me/engagements/"' in page
    assert f'href="/speakers/directory/{speaker.public_id}/"' in page
    assert 'href="/speakers/me/pause/"' in page
    assert "/speakers/me/withdraw/" not in page
    assert "SAFETY-PLAN" not in page  # the plan is on its own page, not here


def test_an_unlisted_speaker_has_no_directory_link(client_for, full_member):
    speaker = SpeakerFactory(person=full_member, approved=True, listed=False)

    page = client_for(full_member).get(ME).content.decode()

    assert f"/speakers/directory/{speaker.public_id}/" not in page


def test_the_history_says_when_and_what_but_never_who(
    client_for, full_member, coordinator, lhin_toronto
):
    speaker = SpeakerFactory(person=full_member, submitted=True)
    with time_machine.travel(datetime(2031, 5, 6, 14, 0, tzinfo=UTC)):
        speaker_step(speaker=speaker, to_status="in_review", actor=coordinator, email=False)
    with time_machine.travel(datetime(2031, 6, 7, 14, 0, tzinfo=UTC)):
        speaker_step(speaker=speaker, to_status="approved", actor=coordinator, email=False)

    page = client_for(full_member).get(ME).content.decode()

    assert "In review" in page
    assert "Approved" in page
    assert 'datetime="2031-05-06T' in page
    assert "Toronto Coordinator" not in page


# --- Withdrawing -------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["draft", "submitted", "in_review", "conversation"])
def test_an_applicant_withdraws_after_a_confirmation_and_is_emailed(
    client_for, full_member, status
):
    speaker = SpeakerFactory(person=full_member, status=status)
    client = client_for(full_member)

    confirmation = client.get("/speakers/me/withdraw/")
    assert confirmation.status_code == 200
    assert "Withdraw your application?" in confirmation.content.decode()
    speaker.refresh_from_db()
    assert speaker.status == status  # looking changes nothing

    response = client.post("/speakers/me/withdraw/")

    assert response["Location"] == ME
    speaker.refresh_from_db()
    assert speaker.status == "withdrawn"
    step = SpeakerStatusChange.objects.get(speaker=speaker)
    assert (step.from_status, step.to_status, step.actor) == (status, "withdrawn", full_member)
    [email] = OutboundEmail.objects.filter(to=[full_member.email])
    assert email.subject == "Your speakers' bureau application is withdrawn"
    assert "apply again" in email.body_text


def test_an_approved_speaker_has_nothing_to_withdraw(client_for, full_member):
    speaker = SpeakerFactory(person=full_member, approved=True)

    response = client_for(full_member).post("/speakers/me/withdraw/")

    assert response["Location"] == ME
    speaker.refresh_from_db()
    assert speaker.status == "approved"
    with pytest.raises(ApplicationError, match="can no longer be withdrawn"):
        application_withdraw(speaker_id=speaker.pk, person=full_member)


def test_nobody_withdraws_another_persons_application(full_member, outsider):
    speaker = SpeakerFactory(person=full_member, submitted=True)

    with pytest.raises(Speaker.DoesNotExist):
        application_withdraw(speaker_id=speaker.pk, person=outsider)

    speaker.refresh_from_db()
    assert speaker.status == "submitted"


# --- Pausing and resuming ----------------------------------------------------------------------


def test_an_active_speaker_pauses_with_no_reason_asked_and_engagements_kept(
    client_for, full_member
):
    speaker = SpeakerFactory(person=full_member, approved=True)
    accepted = OfferFactory(speaker=speaker, status="accepted")
    client = client_for(full_member)

    confirmation = client.get("/speakers/me/pause/").content.decode()
    assert "No reason is asked." in confirmation
    assert "Pausing does not cancel the engagements you have already accepted." in confirmation
    assert "<textarea" not in confirmation

    response = client.post("/speakers/me/pause/")

    assert response["Location"] == ME
    speaker.refresh_from_db()
    assert speaker.paused_at is not None
    assert speaker.status == "approved"
    assert not speaker.is_active
    assert not Speaker.objects.listed().filter(pk=speaker.pk).exists()
    accepted.refresh_from_db()
    assert accepted.status == "accepted"
    step = SpeakerStatusChange.objects.get(speaker=speaker)
    assert (step.event, step.from_status, step.to_status) == ("paused", "approved", "approved")
    [email] = OutboundEmail.objects.filter(to=[full_member.email])
    assert email.subject == "You are paused in the speakers' bureau"
    assert "does not cancel the engagements" in email.body_text
    page = client.get(ME).content.decode()
    assert "paused since" in page
    assert 'action="/speakers/me/resume/"' in page


def test_a_paused_speaker_resumes_and_is_listed_again(client_for, full_member):
    speaker = SpeakerFactory(person=full_member, approved=True, paused=True)

    response = client_for(full_member).post("/speakers/me/resume/")

    assert response["Location"] == ME
    speaker.refresh_from_db()
    assert speaker.paused_at is None
    assert Speaker.objects.listed().filter(pk=speaker.pk).exists()
    step = SpeakerStatusChange.objects.get(speaker=speaker)
    assert (step.event, step.to_status) == ("resumed", "approved")
    [email] = OutboundEmail.objects.filter(to=[full_member.email])
    assert email.subject == "Welcome back to the speakers' bureau"
    assert "Your page is back in the public directory." in email.body_text


def test_pausing_and_resuming_are_refused_when_they_make_no_sense(full_member):
    draft = SpeakerFactory(person=full_member)
    with pytest.raises(ApplicationError, match="Only an approved speaker can pause"):
        speaker_pause(speaker_id=draft.pk, person=full_member)
    with pytest.raises(ApplicationError, match="nothing to resume"):
        speaker_resume(speaker_id=draft.pk, person=full_member)

    Speaker.objects.filter(pk=draft.pk).update(status="approved")
    with pytest.raises(ApplicationError, match="nothing to resume"):
        speaker_resume(speaker_id=draft.pk, person=full_member)
    speaker_pause(speaker_id=draft.pk, person=full_member)
    with pytest.raises(ApplicationError, match="already paused"):
        speaker_pause(speaker_id=draft.pk, person=full_member)


def test_a_paused_or_draft_speaker_is_sent_back_from_the_pause_page(client_for, full_member):
    SpeakerFactory(person=full_member, approved=True, paused=True)

    assert client_for(full_member).get("/speakers/me/pause/")["Location"] == ME


def test_pause_withdraw_and_resume_are_not_found_for_someone_without_an_application(
    client_for, outsider
):
    client = client_for(outsider)

    assert client.get("/speakers/me/pause/").status_code == 404
    assert client.get("/speakers/me/withdraw/").status_code == 404
    assert client.post("/speakers/me/resume/").status_code == 404


# --- Queries -----------------------------------------------------------------------------------


def make_history(speaker: Speaker, count: int) -> None:
    for _ in range(count):
        speaker_step(speaker=speaker, to_status="approved", actor=None, event="paused", email=False)
        speaker_step(
            speaker=speaker, to_status="approved", actor=None, event="resumed", email=False
        )


# Per request: the session, the person, a savepoint and its release (ATOMIC_REQUESTS), the
# speaker with whether they have a plan, the history's count and its page.
HOME_QUERIES = 7
# A draft also asks whether it has topics and LHINs served; with no history yet, the history
# needs its count only.
DRAFT_HOME_QUERIES = HOME_QUERIES + 2 - 1


def test_the_home_page_runs_the_same_queries_however_long_the_history(
    client, full_member, assert_page_queries
):
    speaker = SpeakerFactory(person=full_member, approved=True)
    sign_in(client, full_member)
    make_history(speaker, 1)
    assert_page_queries(ME, HOME_QUERIES)

    make_history(speaker, 20)

    page = assert_page_queries(ME, HOME_QUERIES).content.decode()
    assert "Page 1 of 5" in page


def test_a_drafts_home_page_runs_a_pinned_number_of_queries(
    client, full_member, assert_page_queries
):
    SpeakerFactory(person=full_member)
    sign_in(client, full_member)

    assert_page_queries(ME, DRAFT_HOME_QUERIES)


# Per step: the session, the person, the savepoint pair and the speaker (5); then what the
# step shows: "about" the LHINs; "speaking" the topics and LHINs offered and those chosen;
# "background" the training attended and recorded (whether there is any, then the list) and
# those chosen; "safety" the plan; "review" the speaker's topics, LHINs and training, prefetched.
STEP_QUERIES = {
    "about": 6,
    "speaking": 9,
    "background": 11,
    "publish": 5,
    "safety": 6,
    "review": 9,
}


@pytest.mark.parametrize("name", list(STEP_QUERIES))
def test_each_step_runs_the_same_queries_with_one_choice_or_many(
    client, full_member, assert_page_queries, name
):
    speaker = SpeakerFactory(person=full_member, approved=True)
    SafetyPlanFactory(speaker=speaker)
    registration = RegistrationFactory(person=full_member, attended=True)
    external = ExternalTrainingFactory(person=full_member)
    speaker.training_registrations.set([registration])
    speaker.training_external.set([external])
    sign_in(client, full_member)
    url = f"/speakers/apply/{name}/"
    assert_page_queries(url, STEP_QUERIES[name])

    topics = [TopicFactory() for _ in range(5)]
    speaker.topics.set(topics)
    speaker.lhins_served.add(*LHIN.objects.order_by("number")[:5])
    for _ in range(5):
        registration = RegistrationFactory(person=full_member, attended=True)
        external = ExternalTrainingFactory(person=full_member)
        speaker.training_registrations.add(registration)
        speaker.training_external.add(external)

    assert_page_queries(url, STEP_QUERIES[name])
