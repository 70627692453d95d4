"""The contact form (the footer's "Contact"): what it asks, the message stored and emailed to the
network, the plain acknowledgement, what it refuses and why, floods, and the administrators'
list of messages."""

import re

import pytest
from django.conf import settings

from content.demo import contact as demo
from content.models import ContactMessage
from content.views.contact import RATE_LIMIT
from network.models import AuditEntry, OutboundEmail
from tests.plugin import sign_in

from .factories import ContactMessageFactory

pytestmark = pytest.mark.django_db

FORM = "/contact/"
REQUEST_TRANSACTION = 2


def valid(**overrides) -> dict:
    return {
        "name": "Jordan",
        "email": "jordan@example.net",
        "topic": "membership",
        "message": "Can I join as a full member? I volunteer at a drop-in in Barrie.",
        **overrides,
    }


def test_the_page_says_it_is_no_crisis_line_and_how_long_an_answer_takes(client):
    response = client.get(FORM)

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert "This is not a crisis line" in page
    assert 'href="/support-now/"' in page
    assert "911" in page
    assert "within five business days" in page
    assert f"mailto:{settings.NETWORK_CONTACT_EMAIL}" in page
    for field in ("name", "email", "topic", "message"):
        assert f'name="{field}"' in page
    assert "At most 5,000 characters." in page


def test_a_message_is_stored_emailed_to_the_network_and_acknowledged(client):
    response = client.post(FORM, valid())

    assert response.status_code == 302
    assert response["Location"] == "/contact/thanks/"
    message = ContactMessage.objects.get()
    assert (message.name, message.email, message.topic, message.language) == (
        "Jordan",
        "jordan@example.net",
        "membership",
        "en",
    )
    assert message.handled_at is None
    email = OutboundEmail.objects.get()
    assert email.to == [settings.NETWORK_CONTACT_EMAIL]
    assert email.subject == "Contact form: Membership, from Jordan"
    assert "Answer to: jordan@example.net" in email.body_text
    assert "I volunteer at a drop-in in Barrie." in email.body_text
    assert f"/admin/content/contactmessage/{message.pk}/change/" in email.body_text


def test_the_acknowledgement_is_plain_and_points_to_support_now(client):
    client.post(FORM, valid())

    response = client.get("/contact/thanks/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Thank you: your message is sent" in page
    assert "This is not a crisis line." in page
    assert 'href="/support-now/"' in page
    assert "jordan@example.net" not in page  # nothing of the message is repeated


def test_nothing_is_sent_to_the_address_typed(client):
    """The form must not let anyone write to a stranger through the network."""
    client.post(FORM, valid(email="stranger@example.net"))

    assert not OutboundEmail.objects.filter(to__contains=["stranger@example.net"]).exists()


def test_a_message_written_in_french_is_recorded_as_french(client):
    client.cookies["django_language"] = "fr"

    client.post(FORM, valid(message="La formation sur les limites sera-t-elle en français?"))

    assert ContactMessage.objects.get().language == "fr"


def test_a_name_with_a_line_break_never_reaches_the_emails_headers(client):
    client.post(FORM, valid(name="Alex\r\nBcc: everyone@example.net"))

    subject = OutboundEmail.objects.get().subject
    assert "\n" not in subject
    assert "\r" not in subject


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "Tell us what to call you: a first name or a pseudonym is fine."),
        ("name", "x" * 121, "Please keep your name to 120 characters."),
        ("email", "", "Give an email address, so we can answer you."),
        ("email", "jordan at example", "Enter an email address like name@example.org."),
        ("topic", "", "Choose what your message is about, so it reaches the right person."),
        ("topic", "lottery", "Choose one of the topics listed."),
        ("message", "", "Write your message: a line or two is enough."),
        (
            "message",
            "x" * 5001,
            "Please shorten your message to 5000 characters (it has 5001).",
        ),
    ],
)
def test_bad_input_is_refused_next_to_its_field_keeping_everything_typed(
    client, field, value, message
):
    response = client.post(FORM, valid(**{field: value}))

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert re.search(rf'href="#id_{field}(_0)?"', page)  # the summary links to the field
    kept = valid(**{field: value})
    if field != "name":
        assert 'value="Jordan"' in page
    if field != "message":
        assert kept["message"] in page
    if field != "topic":
        assert re.search(r'<input[^>]*name="topic" value="membership"[^>]*checked', page)
    assert not ContactMessage.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_a_flood_of_messages_from_one_client_gets_429_with_everything_kept(client):
    for number in range(RATE_LIMIT):
        assert client.post(FORM, valid(message=f"Message {number}")).status_code == 302

    response = client.post(FORM, valid(name="Pat", message="One more question, please."))

    assert response.status_code == 429
    page = response.content.decode()
    assert "Please wait before sending another message" in page
    assert 'value="Pat"' in page
    assert "One more question, please." in page
    assert ContactMessage.objects.count() == RATE_LIMIT


def test_refused_attempts_do_not_use_up_the_limit(client):
    for _ in range(RATE_LIMIT + 2):
        assert client.post(FORM, valid(email="oops")).status_code == 400

    assert client.post(FORM, valid()).status_code == 302


def test_the_form_and_the_acknowledgement_run_a_pinned_number_of_queries(
    assert_page_queries, client, django_assert_max_num_queries
):
    assert_page_queries(FORM, REQUEST_TRANSACTION)
    assert_page_queries("/contact/thanks/", REQUEST_TRANSACTION)
    # Sending: the message, the email's row (and the savepoint around each, in tests).
    with django_assert_max_num_queries(REQUEST_TRANSACTION + 6):
        assert client.post(FORM, valid()).status_code == 302


# --- The administrators' list ------------------------------------------------------------------


def test_an_administrator_reads_the_messages_and_marks_them_handled(client, network_admin):
    waiting = ContactMessageFactory(name="Jordan", message="How do I join?")
    done = ContactMessageFactory(name="Pat")
    sign_in(client, network_admin)

    listed = client.get("/admin/content/contactmessage/?handled=no").content.decode()
    assert "How do I join?" in listed
    response = client.post(
        "/admin/content/contactmessage/",
        {"action": "mark_handled", "_selected_action": [waiting.pk, done.pk]},
        follow=True,
    )

    assert "2 messages marked handled." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.handled_by == network_admin
    assert waiting.handled_at is not None
    assert AuditEntry.objects.filter(action="contact.handle", data__message=waiting.pk).exists()
    assert not AuditEntry.objects.filter(target_repr__contains="Jordan").exists()
    assert (
        "How do I join?"
        not in client.get("/admin/content/contactmessage/?handled=no").content.decode()
    )


def test_nobody_adds_or_rewrites_a_message_in_the_admin(client, network_admin):
    message = ContactMessageFactory(message="My own words.")
    sign_in(client, network_admin)

    assert client.get("/admin/content/contactmessage/add/").status_code == 403
    client.post(
        f"/admin/content/contactmessage/{message.pk}/change/", {"message": "Someone else's words."}
    )
    message.refresh_from_db()
    assert message.message == "My own words."


def test_the_admin_list_runs_the_same_queries_for_few_or_many(
    client, network_admin, django_assert_max_num_queries
):
    sign_in(client, network_admin)
    ContactMessageFactory.create_batch(2)
    with django_assert_max_num_queries(12) as few:
        assert client.get("/admin/content/contactmessage/").status_code == 200
    ContactMessageFactory.create_batch(30, handled_by=network_admin)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/admin/content/contactmessage/").status_code == 200


def test_the_demo_has_messages_waiting_and_handled_and_runs_twice_without_doubling():
    demo.seed()
    demo.seed()

    assert ContactMessage.objects.count() == len(demo.DEMO_MESSAGES)
    assert ContactMessage.objects.filter(handled_at__isnull=True).exists()
    assert ContactMessage.objects.filter(language="fr").exists()
