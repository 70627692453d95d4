"""A member keeps their training record in a real browser: adds training taken elsewhere with
its certificate, logs hours, opens a certificate of completion. Each page is checked by axe-core
(WCAG 2.1 A/AA)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from network.models import LHIN
from tests.factories import PASSWORD, MembershipFactory, UserFactory
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)
from training.tests.factories_records import CourseFactory, RegistrationFactory, SessionFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_records_training_logs_hours_and_prints_a_certificate(site, page: Page):  # noqa: F811
    person = UserFactory(display_name="Robin Peer")
    MembershipFactory(person=person, lhin=LHIN.objects.get(number=7))
    course = CourseFactory(title="Listening well", builds=[1, 2])
    session = SessionFactory(course=course, starts_at=timezone.now() - timedelta(days=5))
    RegistrationFactory(session=session, person=person, attended=True)

    page.goto(f"{site}/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    page.wait_for_url(f"{site}/")

    page.goto(f"{site}/training/my-training/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your training record")
    assert_accessible(page)

    page.get_by_role("link", name="Add training").click()
    assert_accessible(page)
    page.get_by_label("Title").fill("Naloxone training")
    page.get_by_label("Provider").fill("Public Health")
    page.get_by_label("Completed on").fill((timezone.localdate() - timedelta(days=2)).isoformat())
    page.get_by_label("Hours").fill("2")
    page.get_by_label("Evidence").set_input_files(
        files=[{"name": "cert.pdf", "mimeType": "application/pdf", "buffer": b"MZ not a pdf"}]
    )
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("named as a PDF but it is not one").first).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Evidence").set_input_files(
        files=[{"name": "cert.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 ok"}]
    )
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"{site}/training/my-training/")
    expect(page.get_by_role("rowheader", name="Naloxone training")).to_be_visible()

    page.get_by_role("link", name="Log hours").click()
    page.get_by_label("Date").fill(timezone.localdate().isoformat())
    page.get_by_label("Hours").fill("3")
    page.get_by_label("Kind").select_option("group")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"{site}/training/my-training/")
    expect(page.get_by_text("3.0 hours").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Certificate of completion").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certificate of completion")
    expect(page.locator(".certificate__name")).to_have_text("Robin Peer")
    assert_accessible(page)
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
