"""Jobs, the newsletter and the contact form in a real browser: a visitor signs up to the
newsletter and sends a message (fixing a mistake in each first), confirms the subscription from
the emailed link, opens the job postings and filters them; an editor previews and sends an
issue. axe-core checks every page (WCAG 2.1 A/AA), in English and in French."""

import re

import pytest
from django.conf import settings
from django.core import mail
from playwright.sync_api import Page, expect

from content.models import ContactMessage, Subscriber
from content.selectors.newsletter import unsubscribe_token
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def footer(page: Page):
    return page.get_by_role("navigation", name=re.compile("About this site|propos de ce site"))


def field_messages(page: Page, field) -> str:
    described_by = field.get_attribute("aria-describedby") or ""
    return " ".join(page.locator(f"#{i}").inner_text() for i in described_by.split())


def test_a_visitor_signs_up_writes_to_the_network_and_finds_the_jobs(site, page: Page):  # noqa: F811
    page.goto(f"{site}/")

    # The newsletter, from the footer: a mistake first.
    footer(page).get_by_role("link", name="Newsletter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The newsletter")
    assert_accessible(page)
    page.get_by_label("Your email address").fill("reader.example.net")
    page.get_by_label("French").check()
    page.get_by_role("button", name="Sign up").click()

    email = page.get_by_label("Your email address")
    expect(page.get_by_role("alert")).to_contain_text("Enter an email address like")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_value("reader.example.net")
    expect(page.get_by_label("French")).to_be_checked()
    assert "Enter an email address like" in field_messages(page, email)
    assert_accessible(page)
    page.get_by_role("alert").get_by_role("link").click()
    expect(email).to_be_focused()

    email.fill("reader@example.net")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("status")).to_contain_text("Check your inbox")
    assert_accessible(page)
    assert Subscriber.objects.get(email="reader@example.net").status == "pending"

    # The link in the email: one click to confirm.
    sent = [message for message in mail.outbox if message.to == ["reader@example.net"]]
    link = re.search(re.escape(settings.SITE_URL) + r"(/newsletter/confirm/\S+/)", sent[0].body)
    page.goto(f"{site}{link.group(1)}")
    assert_accessible(page)
    page.get_by_role("button", name="Yes, send me the newsletter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")
    assert_accessible(page)

    # The contact form: a mistake first.
    footer(page).get_by_role("link", name="Contact").click()
    expect(page.get_by_text("This is not a crisis line")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your name").fill("Jordan")
    page.get_by_label("Your email address").fill("jordan@example.net")
    page.get_by_label("Membership").check()
    page.get_by_role("button", name="Send the message").click()

    message = page.get_by_label("Your message")
    expect(message).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Your name")).to_have_value("Jordan")
    expect(page.get_by_label("Membership")).to_be_checked()
    assert "a line or two is enough" in field_messages(page, message)
    assert_accessible(page)

    message.fill("Can I join as a full member? I volunteer at a drop-in in Barrie.")
    page.get_by_role("button", name="Send the message").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: your message is sent")
    expect(page.get_by_role("main").get_by_role("link", name="Need support now?")).to_be_visible()
    assert_accessible(page)
    assert ContactMessage.objects.filter(email="jordan@example.net").exists()

    # The job postings, from the footer, filtered.
    footer(page).get_by_role("link", name="Job postings").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Job postings")
    expect(page.get_by_role("link", name="Peer navigator, emergency department")).to_be_visible()
    expect(page.get_by_text("withdrawal management")).to_have_count(0)  # closed
    expect(page.get_by_text("training expert panel")).to_have_count(0)  # members only
    assert_accessible(page)
    page.get_by_label("Paid or volunteer").select_option("volunteer")
    page.get_by_role("button", name="Show postings").click()
    expect(page.get_by_role("link", name="Board member, lived-experience seat")).to_be_visible()
    expect(page.get_by_role("link", name="Peer navigator, emergency department")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("link", name="Board member, lived-experience seat").click()
    expect(page.get_by_role("heading", level=2, name="How to apply")).to_be_visible()
    assert_accessible(page)


def test_the_same_pages_in_french_are_accessible_and_mistakes_are_tied_to_fields(
    site,  # noqa: F811
    page: Page,
):
    page.goto(f"{site}/newsletter/")
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    page.locator("#id_email").fill("pas une adresse")
    page.locator("form.form button[type=submit]").click()
    expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_email")).to_have_value("pas une adresse")
    expect(page.locator("#id_language_1")).to_be_checked()  # French, the page's language
    assert_accessible(page)

    page.goto(f"{site}/contact/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.locator("#id_name").fill("Mélanie")
    page.locator("form.form button[type=submit]").click()
    expect(page.locator("#id_message")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_name")).to_have_value("Mélanie")
    assert_accessible(page)

    page.goto(f"{site}/jobs/")
    expect(
        page.get_by_role("link", name="Pair navigateur ou paire navigatrice, urgence")
    ).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Pair navigateur ou paire navigatrice, urgence").click()
    expect(page.get_by_text("Temps plein, soirs et fins de semaine en rotation")).to_be_visible()
    assert_accessible(page)

    subscriber = Subscriber.objects.get(email="famille.tremblay@example.org")
    page.goto(f"{site}/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/")
    assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"

    page.goto(f"{site}/newsletter/confirm/altered-link/")
    expect(page.locator("h1")).to_be_visible()
    assert_accessible(page)


def test_an_editor_previews_and_sends_an_issue_from_the_admin(site, page: Page):  # noqa: F811
    sign_in(page, site, "editor@example.org")

    page.goto(f"{site}/admin/content/newsletterissue/")
    assert_accessible(page)
    page.get_by_role("link", name="Network news: this month in peer support").click()
    assert_accessible(page)
    page.get_by_role("link", name="Preview").click()
    expect(page.get_by_role("heading", name="In plain text")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="In French").click()
    expect(page.get_by_text("Nouvelles du réseau : ce mois-ci").first).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Send…").first.click()
    expect(page.get_by_text("confirmed subscribers")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Send it now").click()
    expect(page.get_by_text("Sending has started")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{site}/admin/content/jobposting/add/")
    page.wait_for_load_state("load")
    assert_accessible(page)
