"""Requesting a speaker, the host's side: the public form, what it refuses and why, the request
it records, the emails to the host and the coordinators, and the limit on floods."""

import re
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

from network.models import AuditEntry, OutboundEmail
from speakers.models import SpeakingRequest
from speakers.selectors.requests import request_for_host_token
from speakers.services.requests import request_submit
from speakers.tests.factories import SpeakerFactory, TopicFactory
from speakers.views.requests import RATE_LIMIT

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")


def links_to_its_host_page(text: str, request) -> bool:
    """Whether `text` holds the full link to the request's host page (tokens differ by the
    second they were signed in, so the link is opened rather than compared)."""
    found = re.search(re.escape(settings.SITE_URL) + r"/speakers/host/([^/\s]+)/", text)
    return found is not None and request_for_host_token(found.group(1)) == request


FORM = "/speakers/request/"


def local_input(moment: datetime) -> str:
    """A moment as a `datetime-local` input sends it: Ontario wall time, no zone."""
    return timezone.localtime(moment, TORONTO).strftime("%Y-%m-%dT%H:%M")


def in_days(days: int, hour: int = 18, minute: int = 30) -> datetime:
    day = timezone.localtime(timezone.now(), TORONTO) + timedelta(days=days)
    return day.replace(hour=hour, minute=minute, second=0, microsecond=0)


@pytest.fixture
def topic():
    return TopicFactory(name="Harm reduction", name_fr="Réduction des méfaits")


@pytest.fixture
def valid(topic, lhin_toronto):
    def data(**overrides) -> dict:
        return {
            "organization": "Lakeshore District Health Unit",
            "contact_name": "Dana Whitfield",
            "contact_email": "dana@example.org",
            "contact_phone": "705-555-0142",
            "language": "en",
            "event_title": "Naloxone and stigma: a lunch-and-learn",
            "description": "Training for 35 public health nurses who hand out naloxone kits.",
            "starts_at": local_input(in_days(40, 12, 0)),
            "ends_at": local_input(in_days(40, 14, 0)),
            "where": "in_person",
            "place": "80 Bayfield Street, Barrie",
            "lhin": str(lhin_toronto.pk),
            "audience": "providers",
            "audience_size": "35",
            "format": "classroom",
            "topics": [str(topic.pk)],
            "speakers_needed": "2",
            "honorarium_offered": "150",
            "travel_offered": "on",
            "accessibility": "Step-free entrance and a lift.",
            **overrides,
        }

    return data


def field_errors(page: str, field: str) -> str:
    """The text of a field's error list (the element its aria-describedby points to)."""
    found = re.search(rf'<ul class="field__errors" id="id_{field}_error">(.*?)</ul>', page, re.S)
    return found.group(1) if found else ""


# --- The form -----------------------------------------------------------------------------------


def test_anyone_may_open_the_form_and_a_pair_is_offered_first_with_the_reason(client, topic):
    response = client.get(FORM)

    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Request a speaker</h1>" in page
    assert re.search(r'<input[^>]*name="speakers_needed" value="2"[^>]*checked', page)
    assert "We recommend two." in page
    assert "Harm reduction" in page
    # Needed for an event in person only: neither marked optional nor required.
    assert 'for="id_place">Address or platform</label>' in page
    assert not re.search(r'<input[^>]*name="place"[^>]*required', page)
    assert "no-store" in response["Cache-Control"]


def test_a_listed_speaker_asked_for_from_the_directory_is_shown_by_their_public_name(client):
    speaker = SpeakerFactory(approved=True, name="Morgan")

    page = client.get(f"{FORM}?speaker={speaker.public_id}").content.decode()

    assert "You are asking for <strong>Morgan</strong>" in page
    assert f'value="{speaker.public_id}"' in page
    assert speaker.person.email not in page
    assert speaker.person.display_name not in page


def test_a_speaker_who_did_not_publish_their_name_is_shown_by_a_neutral_label(client):
    speaker = SpeakerFactory(approved=True, name="Hidden Name", show_name=False)

    page = client.get(f"{FORM}?speaker={speaker.public_id}").content.decode()

    # The directory's neutral label: the regions they publish, never the name they keep private.
    assert "You are asking for <strong>A speaker serving Toronto Central</strong>" in page
    assert "Hidden Name" not in page


@pytest.mark.parametrize(
    "speaker_kwargs", [{}, {"approved": True, "paused": True}, {"approved": True, "listed": False}]
)
def test_a_speaker_who_is_not_listed_cannot_be_asked_for(client, speaker_kwargs):
    speaker = SpeakerFactory(name="Not Listed", **speaker_kwargs)

    page = client.get(f"{FORM}?speaker={speaker.public_id}").content.decode()

    assert "You are asking for" not in page
    assert "Not Listed" not in page


def test_a_malformed_speaker_address_is_ignored(client):
    assert client.get(f"{FORM}?speaker=not-a-uuid").status_code == 200


def test_without_topics_to_choose_the_form_can_still_be_sent(client, valid):
    from speakers.models import Topic

    Topic.objects.update(active=False)
    data = valid()
    del data["topics"]

    assert "Topics" not in client.get(FORM).content.decode()
    assert client.post(FORM, data).status_code == 302
    assert SpeakingRequest.objects.get().topics.count() == 0


@pytest.mark.parametrize("topics", [1, 5])
def test_the_form_runs_the_same_few_queries_however_many_topics(
    topics, assert_page_queries, lhin_toronto
):
    TopicFactory.create_batch(topics)
    speaker = SpeakerFactory(approved=True)

    # The request's savepoint and its release; the speaker asked for, whether there are topics,
    # the LHINs and the topics.
    assert_page_queries(f"{FORM}?speaker={speaker.public_id}", 6)


# --- Submitting ---------------------------------------------------------------------------------


def test_a_request_is_received_and_the_host_lands_on_its_page_told_the_link_was_emailed(
    client, valid, topic
):
    with time_machine.travel(datetime(2027, 3, 1, 10, 0, tzinfo=TORONTO)):
        response = client.post(
            FORM,
            valid(
                starts_at="2027-04-15T18:30",
                ends_at="2027-04-15T20:00",
                honorarium_offered="150.00",
            ),
        )

        request = SpeakingRequest.objects.get()
        assert response.status_code == 302
        token = re.fullmatch(r"/speakers/host/([^/]+)/", response["Location"]).group(1)
        assert request_for_host_token(token) == request
        page = client.get(response["Location"]).content.decode()

    assert "We have emailed you the link to this page" in page
    assert "SR-2027-0001" in page
    assert request.reference == "SR-2027-0001"
    assert request.status == "received"
    # Typed in Ontario time: 18:30 in Toronto is 22:30 UTC in April (daylight time).
    assert request.starts_at == datetime(2027, 4, 15, 18, 30, tzinfo=TORONTO)
    assert request.ends_at == datetime(2027, 4, 15, 20, 0, tzinfo=TORONTO)
    assert request.speakers_needed == 2
    assert request.honorarium_offered == Decimal("150.00")
    assert request.travel_offered is True
    assert request.media_present is False
    assert request.online is False
    assert list(request.topics.all()) == [topic]
    step = request.changes.get()
    assert (step.from_status, step.to_status, step.actor) == ("", "received", None)
    assert AuditEntry.objects.filter(action="speaking_request.received").exists()


def test_the_host_is_emailed_their_private_link_in_the_language_they_chose(client, valid):
    client.post(FORM, valid(language="fr"))
    request = SpeakingRequest.objects.get()

    email = OutboundEmail.objects.get(to=["dana@example.org"])

    assert request.language == "fr"
    assert request.reference in email.subject
    assert links_to_its_host_page(email.body_text, request)
    assert "Dana Whitfield" in email.body_text


def test_an_online_event_needs_no_address(client, valid):
    response = client.post(FORM, valid(where="online", place=""))

    assert response.status_code == 302
    assert SpeakingRequest.objects.get().online is True


def test_references_count_up_within_a_year_in_toronto_time(client, valid):
    # 23:30 on 31 December in Toronto is already the new year in UTC.
    with time_machine.travel(datetime(2026, 12, 31, 23, 30, tzinfo=TORONTO)):
        client.post(FORM, valid(starts_at="2027-02-01T10:00", ends_at="2027-02-01T11:00"))
        client.post(FORM, valid(starts_at="2027-02-02T10:00", ends_at="2027-02-02T11:00"))
    with time_machine.travel(datetime(2027, 1, 1, 0, 30, tzinfo=TORONTO)):
        client.post(FORM, valid(starts_at="2027-02-03T10:00", ends_at="2027-02-03T11:00"))

    assert list(SpeakingRequest.objects.order_by("pk").values_list("reference", flat=True)) == [
        "SR-2026-0001",
        "SR-2026-0002",
        "SR-2027-0001",
    ]


def test_a_speaker_asked_for_is_kept_on_the_request(client, valid):
    speaker = SpeakerFactory(approved=True)

    client.post(FORM, valid(requested_speaker=str(speaker.public_id)))

    assert SpeakingRequest.objects.get().requested_speaker == speaker


def test_a_speaker_who_paused_while_the_host_was_typing_is_left_to_the_coordinators(
    lhin_toronto,
):
    speaker = SpeakerFactory(approved=True, paused=True)

    request = request_submit(
        organization="A college",
        contact_name="Amina",
        contact_email="amina@example.edu",
        event_title="A class",
        description="Second-year students.",
        starts_at=in_days(20),
        ends_at=in_days(20) + timedelta(hours=2),
        online=True,
        lhin=lhin_toronto,
        audience="students",
        audience_size=60,
        format="classroom",
        requested_speaker=speaker,
    )

    assert request.requested_speaker is None
    assert request.status == "received"


# --- What is refused ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"starts_at": "2020-01-10T10:00", "ends_at": "2020-01-10T11:00"}, "starts_at",
         "This date has passed"),
        ({"ends_at": local_input(in_days(40, 11, 0))}, "ends_at",
         "The event must end after it starts."),
        ({"ends_at": local_input(in_days(40, 12, 0))}, "ends_at",
         "The event must end after it starts."),
        ({"place": "  "}, "place", "Give the address of the event, or choose “Online”."),
        ({"honorarium_offered": "-1"}, "honorarium_offered",
         "The honorarium cannot be less than $0."),
        ({"honorarium_offered": "5000.01"}, "honorarium_offered",
         "Enter at most $5,000 per speaker."),
        ({"honorarium_offered": "lots"}, "honorarium_offered",
         "Enter an amount in dollars, like 150 or 150.00."),
        ({"honorarium_offered": "150.005"}, "honorarium_offered",
         "Enter dollars and cents, with at most two decimals."),
        ({"organization": ""}, "organization", "Tell us which organization is hosting the event."),
        ({"contact_name": ""}, "contact_name", "Tell us who to write to about the request."),
        ({"contact_email": ""}, "contact_email",
         "Give an email address, so we can send you the link to your request."),
        ({"contact_email": "dana-at-example"}, "contact_email",
         "Enter an email address like name@example.org."),
        ({"language": "de"}, "language", "Choose English or French for our emails."),
        ({"event_title": ""}, "event_title", "Give the event a name, even a short one."),
        ({"description": ""}, "description", "Tell us a little about the event and its purpose."),
        ({"starts_at": ""}, "starts_at", "Give the date and time the event starts."),
        ({"starts_at": "next Tuesday"}, "starts_at",
         "Enter a date and time, like 2027-03-18 18:30."),
        ({"ends_at": ""}, "ends_at", "Give the date and time the event ends."),
        ({"where": ""}, "where", "Choose in person or online."),
        ({"lhin": ""}, "lhin", "Choose the LHIN region of the event."),
        ({"lhin": "99999"}, "lhin", "Choose one of the 14 LHIN regions listed."),
        ({"audience": ""}, "audience", "Choose who will be in the audience."),
        ({"audience_size": "0"}, "audience_size", "Enter at least 1."),
        ({"audience_size": "about forty"}, "audience_size", "Enter a whole number, like 40."),
        ({"audience_size": "100001"}, "audience_size", "Enter at most 100,000."),
        ({"format": ""}, "format", "Choose the kind of event."),
        ({"topics": []}, "topics", "Choose at least one topic."),
        ({"topics": ["999999"]}, "topics", "Choose topics from the list."),
        ({"speakers_needed": "3"}, "speakers_needed", "Choose one speaker or a pair."),
        ({"where": "on the moon"}, "where", "Choose in person or online."),
        ({"audience": "aliens"}, "audience", "Choose an audience from the list."),
        ({"format": "opera"}, "format", "Choose a kind of event from the list."),
        ({"description": "x" * 4001}, "description", "at most 4000 characters"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_with_a_message_on_its_field_and_what_was_typed_kept(
    client, valid, overrides, field, message
):
    response = client.post(FORM, valid(**overrides))

    assert response.status_code == 400
    page = response.content.decode()
    assert message in field_errors(page, field)
    assert f'href="#id_{field}' in page  # the error summary links to it
    assert 'value="Lakeshore District Health Unit"' in page or field == "organization"
    assert "Training for 35 public health nurses" in page or field == "description"
    assert not SpeakingRequest.objects.exists()
    assert not OutboundEmail.objects.exists()


# --- Who is told --------------------------------------------------------------------------------


def test_the_coordinators_of_the_lhin_are_told_with_no_host_details_in_the_subject(
    client, valid, coordinator, coordinator_other, network_admin
):
    client.post(FORM, valid())
    request = SpeakingRequest.objects.get()

    notice = OutboundEmail.objects.get(to=[coordinator.email])

    assert notice.subject == f"New speaker request {request.reference} in Toronto Central"
    for personal in ("Dana", "Whitfield", "dana@example.org", "705-555-0142", "Lakeshore"):
        assert personal not in notice.subject
    # The contact details stay in the admin, out of inboxes.
    for personal in ("Dana", "dana@example.org", "705-555-0142"):
        assert personal not in notice.body_text
    assert "Naloxone and stigma" in notice.body_text
    assert "A pair of speakers" in notice.body_text
    assert not OutboundEmail.objects.filter(to=[coordinator_other.email]).exists()
    assert not OutboundEmail.objects.filter(to=[network_admin.email]).exists()


def test_the_network_administrators_are_told_when_the_lhin_has_no_coordinator(
    client, valid, coordinator, network_admin, lhin_north_east
):
    client.post(FORM, valid(lhin=str(lhin_north_east.pk)))

    notice = OutboundEmail.objects.get(to=[network_admin.email])

    assert "in North East" in notice.subject
    assert not OutboundEmail.objects.filter(to=[coordinator.email]).exists()


# --- Floods -------------------------------------------------------------------------------------


def test_a_flood_of_requests_from_one_client_gets_429_with_everything_kept(client, valid):
    for number in range(RATE_LIMIT):
        assert client.post(FORM, valid(event_title=f"Event {number}")).status_code == 302

    response = client.post(
        FORM,
        valid(
            event_title="One more forum",
            description="A last evening before the summer.",
            honorarium_offered="175.50",
            where="online",
            place="Teams",
        ),
    )

    assert response.status_code == 429
    page = response.content.decode()
    assert "Please wait before sending another request" in page
    assert 'value="One more forum"' in page
    assert "A last evening before the summer." in page
    assert 'value="175.50"' in page
    assert re.search(r'<input[^>]*name="where" value="online"[^>]*checked', page)
    assert SpeakingRequest.objects.count() == RATE_LIMIT


def test_refused_attempts_do_not_use_up_the_limit(client, valid):
    for _ in range(RATE_LIMIT + 2):
        assert client.post(FORM, valid(place="")).status_code == 400

    assert client.post(FORM, valid()).status_code == 302


# --- The journey --------------------------------------------------------------------------------


def test_the_host_follows_the_emailed_link_back_to_their_request_and_cancels_it(
    client, valid, coordinator
):
    client.post(FORM, valid())
    email = OutboundEmail.objects.get(to=["dana@example.org"])
    link = re.search(re.escape(settings.SITE_URL) + r"(/speakers/host/[^/\s]+/)", email.body_text)

    client.cookies.clear()  # another day, another browser: the link alone opens it
    page = client.get(link.group(1)).content.decode()
    assert "Naloxone and stigma: a lunch-and-learn" in page
    assert "We have your request." in page
    response = client.post(link.group(1) + "cancel/", {"confirm": "on"})

    assert response.status_code == 302
    assert SpeakingRequest.objects.get().status == "cancelled"
    assert "This request is cancelled." in client.get(link.group(1)).content.decode()
    assert OutboundEmail.objects.filter(
        to=[coordinator.email], subject__startswith="The host cancelled"
    ).exists()
