"""The speakers' side of a request in a real browser: the demo speaker accepts an offer and, after
the event, writes a private debrief (with a slip fixed on the way); and the coordinators' admin
pages. Each page is checked by axe-core (WCAG 2.1 A/AA) and has one h1."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from members.models import User
from network.models import OutboundEmail
from speakers.models import Debrief, Offer, SpeakingRequest
from speakers.services.matching import request_complete
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SPEAKER = "speaker@example.org"


def _the_event_takes_place(offer: Offer) -> None:
    """What happens between the acceptance and the debrief: the coordinators confirm, the event
    takes place, and a coordinator marks it completed (its services, not the browser)."""
    now = timezone.now()
    SpeakingRequest.objects.filter(pk=offer.request_id).update(
        status=SpeakingRequest.Status.CONFIRMED,
        starts_at=now - timedelta(hours=3),
        ends_at=now - timedelta(hours=1),
    )
    request_complete(request_id=offer.request_id, actor=User.objects.get(email="admin@example.org"))


def test_the_demo_speaker_accepts_an_offer_and_later_writes_a_debrief(site, page: Page):  # noqa: F811
    offer = Offer.objects.select_related("request").get(
        speaker__person__email=SPEAKER, status=Offer.Status.OFFERED
    )
    title = offer.request.event_title
    sign_in(page, site, SPEAKER)

    page.goto(f"{site}/speakers/me/engagements/")
    expect(page.locator("h1")).to_have_text("Your engagements")
    expect(page.get_by_role("link", name="Waiting for your answer (1)")).to_have_attribute(
        "aria-current", "page"
    )
    assert_accessible(page)
    page.get_by_role("link", name=title).click()

    expect(page.locator("h1")).to_have_text(title)
    expect(page.get_by_text("Waiting for your answer")).to_be_visible()
    assert offer.request.contact_email not in page.content()
    assert_accessible(page)
    page.get_by_role("button", name="Accept").click()

    expect(page.get_by_text("Thank you: you accepted.")).to_be_visible()
    expect(page.get_by_role("button", name="Accept")).to_have_count(0)
    assert_accessible(page)
    assert Offer.objects.get(pk=offer.pk).status == Offer.Status.ACCEPTED

    _the_event_takes_place(offer)
    page.goto(f"{site}/speakers/me/engagements/")
    page.get_by_role("link", name="Past and closed", exact=False).click()
    expect(page.get_by_role("heading", level=2, name="Past and closed")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=title).click()
    page.get_by_role("link", name="Write your debrief").click()

    expect(page.locator("h1")).to_have_text("Your debrief")
    assert_accessible(page)
    page.get_by_label("Notes for yourself").fill("The question about my family was hard.")
    page.get_by_role("button", name="Save my debrief").click()

    # The slip: how they are was not chosen. The summary links to the field; the notes stay.
    expect(page.get_by_role("alert")).to_contain_text("Choose how you are after the talk.")
    expect(page.get_by_label("Notes for yourself")).to_have_value(
        "The question about my family was hard."
    )
    assert_accessible(page)
    page.get_by_label("Mixed: some of it was hard").check()
    page.get_by_label("I would like someone to check in with me").check()
    page.get_by_role("button", name="Save my debrief").click()

    expect(page.get_by_text("a coordinator will check in with you")).to_be_visible()
    expect(page.get_by_role("link", name="Read or change your debrief")).to_be_visible()
    assert_accessible(page)
    debrief = Debrief.objects.get(offer=offer)
    assert (debrief.feeling, debrief.follow_up) == ("mixed", True)
    told = OutboundEmail.objects.filter(subject="A speaker asked for a check-in")
    assert told.exists()
    assert all("my family" not in email.body_text for email in told)


def test_the_coordinators_admin_pages_for_requests_are_accessible(site, page: Page):  # noqa: F811
    matching = (
        SpeakingRequest.objects.filter(status=SpeakingRequest.Status.MATCHING)
        .order_by("starts_at")
        .first()
    )
    confirmed = SpeakingRequest.objects.filter(status=SpeakingRequest.Status.CONFIRMED).first()
    sign_in(page, site, "admin@example.org")

    for url in [
        "/admin/speakers/speakingrequest/",
        "/admin/speakers/speakingrequest/overview/",
        f"/admin/speakers/speakingrequest/{confirmed.pk}/change/",
        f"/admin/speakers/speakingrequest/{matching.pk}/offer/",
        f"/admin/speakers/speakingrequest/{matching.pk}/cancel/",
    ]:
        page.goto(f"{site}{url}")
        page.wait_for_load_state("load")
        expect(page.locator("h1")).to_have_count(1)
        assert_accessible(page)
