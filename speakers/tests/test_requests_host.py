"""The host's private pages: the request and its steps, cancelling it, and the feedback after
the event. The signed link is the only key; an altered one opens nothing."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import signing

from governance.services.complaints import case_submit
from network.models import AuditEntry, OutboundEmail
from speakers.models import HostFeedback, Offer, RequestStatusChange, SpeakingRequest
from speakers.selectors.requests import host_token
from speakers.services.steps import request_step
from speakers.tests.factories import OfferFactory, SpeakingRequestFactory, TopicFactory

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")


def host_url(request: SpeakingRequest, page: str = "") -> str:
    """The host's link, the same each time for one request (a token carries its signing time)."""
    if not hasattr(request, "test_token"):
        request.test_token = host_token(request)
    return f"/speakers/host/{request.test_token}/" + (f"{page}/" if page else "")


def links_to(page: str, name: str) -> bool:
    """Whether the page links to the host's page `name` ("cancel", "feedback")."""
    return re.search(rf'href="/speakers/host/[^/"]+/{name}/"', page) is not None


def confirmed_request(**kwargs) -> SpeakingRequest:
    """A confirmed request for a pair: one speaker who publishes their name, one who does not."""
    request = SpeakingRequestFactory(speakers_needed=2, **kwargs)
    OfferFactory(request=request, speaker__name="Morgan", status="accepted")
    OfferFactory(
        request=request, speaker__name="Private Name", speaker__show_name=False, status="accepted"
    )
    OfferFactory(request=request, speaker__name="Declined Dee", status="declined")
    request_step(request=request, to_status="matching", actor=None)
    request_step(request=request, to_status="confirmed", actor=None)
    return request


# --- The host's page ----------------------------------------------------------------------------


def test_the_host_page_shows_the_request_its_status_in_words_and_its_steps(client, coordinator):
    with time_machine.travel(datetime(2027, 2, 1, 9, 0, tzinfo=TORONTO)):
        request = SpeakingRequestFactory(
            reference="SR-2027-0042",
            event_title="Grand rounds on stigma",
            starts_at=datetime(2027, 3, 4, 8, 0, tzinfo=TORONTO),
            ends_at=datetime(2027, 3, 4, 9, 0, tzinfo=TORONTO),
            honorarium_offered="200.00",
            accessibility="A quiet room next to the auditorium.",
        )
        request_step(request=request, to_status="received", actor=None)
    with time_machine.travel(datetime(2027, 2, 3, 14, 0, tzinfo=TORONTO)):
        request_step(request=request, to_status="matching", actor=coordinator)

    response = client.get(host_url(request))

    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Grand rounds on stigma</h1>" in page
    assert "SR-2027-0042" in page
    assert "A coordinator is asking speakers whose experience fits your event." in page
    assert re.search(r"Feb\. 1, 2027.*Received.*Feb\. 3, 2027.*Matching speakers", page, re.S)
    assert "March 4, 2027, 8 a.m." in page  # in Ontario time
    assert "$200.00" in page
    assert "A quiet room next to the auditorium." in page
    # When, never who: the coordinator who took a step is not named.
    assert coordinator.display_name not in page
    assert "/speakers/pages/engagement/" in page
    assert "/speakers/pages/media/" in page
    assert host_url(request, "cancel") in page


def test_the_host_page_is_private_not_cached_not_indexed_and_passes_on_no_address(client):
    response = client.get(host_url(SpeakingRequestFactory()))

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    page = response.content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in page
    # Requests from the page carry the site's origin at most, never the address.
    assert '<meta name="referrer" content="strict-origin">' in page


def test_the_confirmed_speakers_appear_by_their_public_names_only(client):
    request = confirmed_request()
    accounts = [offer.speaker.person for offer in request.offers.all()]

    page = client.get(host_url(request)).content.decode()

    assert "Speakers have agreed to come." in page
    assert "<li>Morgan</li>" in page
    assert "<li>A speaker serving Toronto Central</li>" in page
    assert "Private Name" not in page
    assert "Declined Dee" not in page
    for person in accounts:
        assert person.email not in page
        assert person.display_name not in page


def test_no_speaker_is_named_before_the_request_is_confirmed(client):
    offer = OfferFactory(speaker__name="Morgan", status="accepted")

    page = client.get(host_url(offer.request)).content.decode()

    assert "Morgan" not in page


def test_a_pair_still_being_matched_is_explained(client):
    request = SpeakingRequestFactory(speakers_needed=2)

    page = client.get(host_url(request)).content.decode()

    assert "You asked for a pair: the request is confirmed once two speakers have agreed." in page


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("aa" if not token.endswith("aa") else "bb"),
        lambda token: "x" + token,
        lambda token: signing.dumps(int(signing.loads(token, salt="speakers.host-link")) + 1),
        lambda token: "1",
    ],
)
def test_an_altered_or_guessed_link_opens_nothing(client, tamper):
    request = SpeakingRequestFactory()
    SpeakingRequestFactory()  # the next one, which a guessed id would name

    token = tamper(host_token(request))

    for page in ("", "cancel/", "feedback/"):
        assert client.get(f"/speakers/host/{token}/{page}").status_code == 404
        assert client.post(f"/speakers/host/{token}/{page}").status_code in (404, 405)


def test_another_private_link_of_the_site_does_not_open_a_request(client):
    SpeakingRequestFactory(pk=1)
    _case, complaint_token = case_submit(kind="complaint", category="website", what_happened="x")

    assert client.get(f"/speakers/host/{complaint_token}/").status_code == 404


def test_the_link_of_a_deleted_request_opens_nothing(client):
    request = SpeakingRequestFactory()
    url = host_url(request)
    request.delete()

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("offers", [1, 5])
def test_the_host_page_runs_the_same_few_queries_however_much_it_shows(offers, assert_page_queries):
    request = SpeakingRequestFactory(
        topics=TopicFactory.create_batch(offers), speakers_needed=2, status="confirmed"
    )
    for _ in range(offers):
        OfferFactory(request=request, status="accepted")
        RequestStatusChange.objects.create(request=request, to_status="matching")

    # Savepoint and release; the request (with its LHIN, feedback and speaker asked for), its
    # topics, its steps, the accepted offers with their speakers, and the regions they serve
    # (for the neutral name of a speaker who keeps theirs private).
    assert_page_queries(host_url(request), 7)


@pytest.mark.parametrize("rows", [1, 5])
def test_the_cancel_and_feedback_pages_run_the_same_few_queries_however_much_there_is(
    rows, assert_page_queries
):
    request = SpeakingRequestFactory(topics=TopicFactory.create_batch(rows), status="completed")
    for _ in range(rows):
        OfferFactory(request=request, status="accepted")
        RequestStatusChange.objects.create(request=request, to_status="matching")

    # Savepoint and release, and the request with its LHIN, feedback and speaker asked for.
    assert_page_queries(host_url(request, "cancel"), 3)
    assert_page_queries(host_url(request, "feedback"), 3)


# --- Cancelling ---------------------------------------------------------------------------------


def test_the_host_confirms_before_cancelling_and_keeps_the_reason_typed(client):
    request = SpeakingRequestFactory()

    assert "Yes, cancel this request" in client.get(host_url(request, "cancel")).content.decode()
    response = client.post(host_url(request, "cancel"), {"reason": "The hall flooded."})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Tick the box to confirm that you want to cancel." in page
    assert "The hall flooded." in page
    assert SpeakingRequest.objects.get(pk=request.pk).status == "received"


def test_the_host_cancels_and_the_coordinators_and_speakers_offered_are_told(
    client, coordinator, coordinator_other
):
    request = SpeakingRequestFactory(event_title="Family night")
    request_step(request=request, to_status="matching", actor=coordinator)
    waiting = OfferFactory(request=request)
    declined = OfferFactory(request=request, status="declined")

    response = client.post(
        host_url(request, "cancel"), {"confirm": "on", "reason": "  The hall flooded.  "}
    )

    assert response.status_code == 302
    assert response["Location"] == host_url(request)
    request.refresh_from_db()
    assert request.status == "cancelled"
    assert request.cancel_reason == "The hall flooded."
    step = request.changes.last()
    assert (step.to_status, step.actor, step.note) == ("cancelled", None, "Cancelled by the host")
    assert Offer.objects.get(pk=waiting.pk).status == "cancelled"
    assert Offer.objects.get(pk=declined.pk).status == "declined"
    notice = OutboundEmail.objects.get(to=[coordinator.email])
    assert notice.subject == f"The host cancelled speaker request {request.reference}"
    assert "The hall flooded." in notice.body_text
    assert "Pat Host" not in notice.subject
    assert OutboundEmail.objects.filter(to=[waiting.speaker.person.email]).exists()
    assert not OutboundEmail.objects.filter(to=[declined.speaker.person.email]).exists()
    assert not OutboundEmail.objects.filter(to=[coordinator_other.email]).exists()
    # They cancelled it themselves: no email tells them so.
    assert not OutboundEmail.objects.filter(to=[request.contact_email]).exists()
    page = client.get(response["Location"]).content.decode()
    assert "Your request is cancelled." in page
    assert "Reason given: The hall flooded." in page
    assert not links_to(page, "cancel")


@pytest.mark.parametrize("status", ["completed", "cancelled"])
def test_a_request_that_has_ended_cannot_be_cancelled_and_says_so(client, status):
    request = SpeakingRequestFactory(status=status)

    page = client.get(host_url(request, "cancel")).content.decode()
    response = client.post(host_url(request, "cancel"), {"confirm": "on"})

    assert "can no longer be cancelled" in page
    assert "Yes, cancel this request" not in page
    assert response.status_code == 400
    assert "can no longer be cancelled" in response.content.decode()
    assert SpeakingRequest.objects.get(pk=request.pk).status == status
    assert not RequestStatusChange.objects.filter(request=request).exists()


# --- Feedback -----------------------------------------------------------------------------------


def feedback(**overrides) -> dict:
    return {
        "rating": "5",
        "went_well": "The students asked better questions than ever.",
        "could_improve": "More time for questions.",
        "would_request_again": "yes",
        **overrides,
    }


@pytest.mark.parametrize("status", ["received", "matching", "confirmed", "cancelled"])
def test_feedback_opens_only_once_the_request_is_completed(client, status):
    request = SpeakingRequestFactory(status=status)

    page = client.get(host_url(request, "feedback")).content.decode()
    response = client.post(host_url(request, "feedback"), feedback())

    assert "Feedback opens once the event has taken place" in page
    assert 'name="rating"' not in page
    assert response.status_code == 400
    assert "Feedback opens once the event has taken place" in response.content.decode()
    assert not HostFeedback.objects.exists()
    assert not links_to(client.get(host_url(request)).content.decode(), "feedback")


def test_the_host_gives_feedback_once_and_is_thanked_on_their_page(client):
    request = SpeakingRequestFactory(status="completed")
    assert links_to(client.get(host_url(request)).content.decode(), "feedback")

    response = client.post(host_url(request, "feedback"), feedback())

    assert response.status_code == 302
    saved = HostFeedback.objects.get(request=request)
    assert (saved.rating, saved.would_request_again) == (5, True)
    assert saved.went_well == "The students asked better questions than ever."
    assert AuditEntry.objects.filter(action="speaking_request.feedback").exists()
    page = client.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in page
    assert not links_to(page, "feedback")

    again = client.post(host_url(request, "feedback"), feedback(rating="1", went_well="Again."))

    assert again.status_code == 400
    assert "already with us, and it can be given only once" in again.content.decode()
    assert HostFeedback.objects.get(request=request).rating == 5
    assert "already with us" in client.get(host_url(request, "feedback")).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"rating": ""}, "rating", "Choose how it went overall."),
        ({"rating": "9"}, "rating", "Choose how it went, from excellent to very poor."),
        ({"would_request_again": ""}, "would_request_again", "Choose yes or no."),
        ({"could_improve": "x" * 3001}, "could_improve", "at most 3000 characters"),
    ],
)
def test_bad_feedback_is_refused_on_its_field_with_what_was_typed_kept(
    client, overrides, field, message
):
    request = SpeakingRequestFactory(status="completed")

    response = client.post(host_url(request, "feedback"), feedback(**overrides))

    assert response.status_code == 400
    page = response.content.decode()
    assert re.search(rf'id="id_{field}_error">.*?{re.escape(message)}', page, re.S)
    assert "The students asked better questions than ever." in page
    assert not HostFeedback.objects.exists()
