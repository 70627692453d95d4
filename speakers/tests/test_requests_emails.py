"""The emails of the host's side, in English and in French: each carries what the host (or the
coordinator) needs, the host's private link, and the speakers' public names only."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from network.models import OutboundEmail
from speakers.services.requests import HOST_EVENTS, host_notify, request_cancel, request_submit
from speakers.tests.factories import BureauPageFactory, OfferFactory, SpeakingRequestFactory
from speakers.tests.test_requests_form import links_to_its_host_page

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
# The date of the event, as each language writes it.
EVENT_DATE = {"en": "March 4, 2027", "fr": "4 mars 2027"}


@pytest.fixture
def pages():
    BureauPageFactory(
        kind="engagement",
        title="Rules of engagement for hosts",
        title_fr="Règles d'engagement pour les hôtes",
        body="<p>Meet the speakers on arrival.</p><ul><li>No questions about drug use.</li></ul>",
        body_fr="<p>Accueillez les conférenciers à leur arrivée.</p>",
    )
    BureauPageFactory(
        kind="media",
        title="Media guidelines",
        title_fr="Lignes directrices pour les médias",
        body="<p>A speaker may decline any question.</p>",
        body_fr="<p>Une personne peut refuser toute question.</p>",
    )
    BureauPageFactory(kind="about", body="<p>ABOUT-PAGE-NOT-SENT</p>")


def request_in(language: str):
    request = SpeakingRequestFactory(
        language=language,
        reference="SR-2027-0007",
        event_title="Family night",
        contact_name="Josée Lalonde",
        contact_email="josee@example.ca",
        starts_at=datetime(2027, 3, 4, 19, 0, tzinfo=TORONTO),
        ends_at=datetime(2027, 3, 4, 21, 0, tzinfo=TORONTO),
        status="confirmed",
        cancel_reason="The hall flooded.",
    )
    OfferFactory(request=request, speaker__name="Morgan", status="accepted")
    OfferFactory(
        request=request,
        speaker__name="Private Name",
        speaker__show_name=False,
        speaker__show_lhins=False,
        status="accepted",
    )
    return request


def sent(request, event: str) -> OutboundEmail:
    host_notify(request=request, event=event)
    return OutboundEmail.objects.get(to=[request.contact_email])


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("event", HOST_EVENTS)
def test_every_host_email_greets_the_host_and_carries_their_link(event, language, pages):
    request = request_in(language)

    email = sent(request, event)

    assert "Josée Lalonde" in email.body_text
    assert email.subject
    if event != "cancelled":  # a cancelled request has nothing more to follow
        assert links_to_its_host_page(email.body_text, request)
    for private in ("Private Name", *[o.speaker.person.email for o in request.offers.all()]):
        assert private not in email.body_text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_confirmed_email_sends_the_rules_of_engagement_and_the_media_guidelines(
    language, pages
):
    email = sent(request_in(language), "confirmed")

    assert "SR-2027-0007" in email.subject
    assert "- Morgan" in email.body_text
    neutral = {"en": "A speaker from the bureau", "fr": "Une personne porte-parole du bureau"}
    assert f"- {neutral[language]}" in email.body_text
    if language == "en":
        assert "== Rules of engagement for hosts ==" in email.body_text
        assert "Meet the speakers on arrival." in email.body_text
        assert "No questions about drug use." in email.body_text
        assert "== Media guidelines ==" in email.body_text
        assert "A speaker may decline any question." in email.body_text
    else:
        assert "== Règles d'engagement pour les hôtes ==" in email.body_text
        assert "Accueillez les conférenciers à leur arrivée." in email.body_text
        assert "== Lignes directrices pour les médias ==" in email.body_text
        assert "Une personne peut refuser toute question." in email.body_text
        assert "Meet the speakers on arrival." not in email.body_text
    assert "ABOUT-PAGE-NOT-SENT" not in email.body_text
    assert "<p>" not in email.body_text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_reminder_gives_the_date_in_the_hosts_language_and_the_speakers(language, pages):
    email = sent(request_in(language), "reminder")

    assert "Family night" in email.subject
    assert EVENT_DATE[language] in email.body_text
    assert "- Morgan" in email.body_text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_received_email_gives_the_reference(language, pages):
    email = sent(request_in(language), "received")

    assert "SR-2027-0007" in email.subject
    assert "SR-2027-0007" in email.body_text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_cancelled_email_gives_the_coordinators_reason(language, pages):
    email = sent(request_in(language), "cancelled")

    assert "SR-2027-0007" in email.subject
    assert "The hall flooded." in email.body_text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_completed_email_invites_feedback_on_the_event(language, pages):
    email = sent(request_in(language), "completed")

    assert "Family night" in email.subject
    assert "Family night" in email.body_text


def test_an_unknown_host_event_is_a_programming_error():
    with pytest.raises(ValueError, match="Unknown host event"):
        host_notify(request=SpeakingRequestFactory(), event="lunch")


@pytest.mark.parametrize(
    ("language", "lhin_name", "date"),
    [("en", "Toronto Central", "March 4, 2027"), ("fr", "Centre-Toronto", "4 mars 2027")],
)
def test_the_coordinators_notices_are_written_in_their_language(
    coordinator, lhin_toronto, language, lhin_name, date
):
    coordinator.preferred_language = language
    coordinator.save(update_fields=["preferred_language"])

    with time_machine.travel(datetime(2027, 1, 10, 9, 0, tzinfo=TORONTO)):
        request = request_submit(
            organization="Cercle des familles",
            contact_name="Josée Lalonde",
            contact_email="josee@example.ca",
            language="fr",
            event_title="Family night",
            description="Parents and friends, once a month.",
            starts_at=datetime(2027, 3, 4, 19, 0, tzinfo=TORONTO),
            ends_at=datetime(2027, 3, 4, 21, 0, tzinfo=TORONTO),
            online=False,
            place="Casselman",
            lhin=lhin_toronto,
            audience="families",
            audience_size=25,
            format="community",
        )
        request_cancel(request_id=request.pk, actor=None, reason="The hall flooded.")

    received, cancelled = OutboundEmail.objects.filter(to=[coordinator.email]).order_by("pk")
    assert lhin_name in received.subject
    assert "SR-2027-0001" in received.subject
    assert date in received.body_text
    assert "Family night" in received.body_text
    assert "SR-2027-0001" in cancelled.subject
    assert date in cancelled.body_text
    assert "The hall flooded." in cancelled.body_text
