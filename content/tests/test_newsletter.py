"""The newsletter, the subscriber's side: signing up (double opt-in), the confirmation link, the
one-click unsubscribe link (RFC 8058), tampered and expired links, floods, and the person's own
subscription in "My data" and on closing their account."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.utils import timezone, translation

from content.models import Delivery, Subscriber
from content.selectors.newsletter import (
    confirm_token,
    subscriber_for_confirm_token,
    unsubscribe_token,
)
from content.services.newsletter import RESEND_AFTER, subscriber_sign_up
from content.views.newsletter import RATE_LIMIT
from members.services import account_close
from network.models import OutboundEmail
from tests.concurrency import race
from tests.plugin import sign_in

from .factories import NewsletterIssueFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

FORM = "/newsletter/"
REQUEST_TRANSACTION = 2
NEUTRAL = "unless this address is already subscribed, we have sent it a link to confirm"


def confirmation_link(email: str) -> str:
    """The path of the confirmation link in the last email to `email`."""
    message = OutboundEmail.objects.filter(to=[email]).latest("created_at")
    found = re.search(
        re.escape(settings.SITE_URL) + r"(/newsletter/confirm/[^/\s]+/)", message.body_text
    )
    assert found, message.body_text
    return found.group(1)


def sign_up(client, email: str = "reader@example.net", language: str = "en"):
    return client.post(FORM, {"email": email, "language": language}, follow=True)


# --- Signing up --------------------------------------------------------------------------------


def test_the_form_asks_only_for_an_address_and_a_language(client):
    response = client.get(FORM)

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert 'name="email"' in page
    assert re.search(r'<input[^>]*name="language" value="en"[^>]*checked', page)
    assert "You do not need an account" in page


def test_the_language_is_the_readers_own_at_first(client):
    client.cookies["django_language"] = "fr"

    page = client.get(FORM).content.decode()

    assert re.search(r'<input[^>]*name="language" value="fr"[^>]*checked', page)


def test_signing_up_sends_a_link_to_confirm_and_subscribes_nobody_yet(client):
    response = sign_up(client, "Reader@Example.net")

    assert response.redirect_chain == [(FORM, 302)]
    assert NEUTRAL in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "Reader@Example.net"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.confirmation_sent_at is not None
    email = OutboundEmail.objects.get()
    assert email.to == ["Reader@Example.net"]
    assert email.subject == "Confirm your subscription to the newsletter"
    assert "The link works for 7 days." in email.body_text
    assert (
        subscriber_for_confirm_token(confirmation_link("Reader@Example.net").split("/")[-2])
        == subscriber
    )


def test_the_confirmation_is_written_in_the_language_chosen(client, monkeypatch):
    from content.services import newsletter as services

    languages = []
    original = services.email_person

    def email_person(**kwargs):
        languages.append(translation.get_language())
        return original(**kwargs)

    monkeypatch.setattr(services, "email_person", email_person)

    sign_up(client, "lectrice@example.net", language="fr")  # from an English page

    assert languages == ["fr"]
    assert Subscriber.objects.get().language == "fr"
    assert OutboundEmail.objects.get().to == ["lectrice@example.net"]


def test_the_link_asks_for_one_click_so_a_mail_scanner_never_subscribes_anyone(client):
    sign_up(client)
    link = confirmation_link("reader@example.net")

    page = client.get(link).content.decode()  # what a link checker does

    assert "Yes, send me the newsletter" in page
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    response = client.post(link, follow=True)

    assert response.redirect_chain == [(link, 302)]
    assert "You are subscribed" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None


def test_confirming_twice_is_harmless(client):
    sign_up(client)
    link = confirmation_link("reader@example.net")
    client.post(link)
    confirmed_at = Subscriber.objects.get().confirmed_at

    response = client.post(link, follow=True)

    assert response.status_code == 200
    assert Subscriber.objects.get().confirmed_at == confirmed_at


def test_a_confirmed_address_signing_up_again_gets_the_same_answer_and_no_email(client):
    SubscriberFactory(email="known@example.net")
    new = sign_up(client, "new@example.net")
    OutboundEmail.objects.all().delete()

    known = sign_up(client, "KNOWN@example.net")

    assert known.status_code == new.status_code == 200
    assert NEUTRAL in known.content.decode()
    assert not OutboundEmail.objects.exists()
    assert Subscriber.objects.filter(email__iexact="known@example.net").count() == 1


def test_a_waiting_address_is_sent_the_link_again_but_not_twice_in_a_few_minutes(client):
    sign_up(client)
    sign_up(client)
    assert OutboundEmail.objects.count() == 1  # a second email right away would fill an inbox

    with time_machine.travel(timezone.now() + RESEND_AFTER + timedelta(seconds=1)):
        sign_up(client)

    assert OutboundEmail.objects.count() == 2
    assert Subscriber.objects.count() == 1


def test_an_unsubscribed_address_signing_up_again_is_asked_to_confirm_again(client):
    SubscriberFactory(email="back@example.net", status="unsubscribed")

    sign_up(client, "back@example.net", language="fr")

    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "fr"
    client.post(confirmation_link("back@example.net"))
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("", "Give the email address the newsletter should go to."),
        ("not an address", "Enter an email address like name@example.org."),
        ("a" * 250 + "@example.net", "An email address has at most 254 characters."),
    ],
)
def test_a_bad_address_is_refused_next_to_its_field_keeping_what_was_typed(client, email, message):
    response = client.post(FORM, {"email": email, "language": "fr"})

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'href="#id_email"' in page
    assert re.search(r'<input[^>]*name="email"[^>]*aria-invalid="true"', page)
    assert re.search(r'<input[^>]*name="language" value="fr"[^>]*checked', page)
    assert not Subscriber.objects.exists()


def test_a_missing_language_is_refused_on_its_field(client):
    response = client.post(FORM, {"email": "reader@example.net", "language": "de"})

    assert response.status_code == 400
    assert "Choose English or French for the newsletter." in response.content.decode()
    assert 'value="reader@example.net"' in response.content.decode()


def test_a_flood_of_sign_ups_from_one_client_gets_429_with_what_was_typed(client):
    for number in range(RATE_LIMIT):
        assert (
            client.post(FORM, {"email": f"r{number}@example.net", "language": "en"}).status_code
            == 302
        )

    response = client.post(FORM, {"email": "one.more@example.net", "language": "fr"})

    assert response.status_code == 429
    page = response.content.decode()
    assert "Please wait before signing up another address" in page
    assert 'value="one.more@example.net"' in page
    assert re.search(r'<input[^>]*name="language" value="fr"[^>]*checked', page)
    assert Subscriber.objects.count() == RATE_LIMIT


def test_refused_attempts_do_not_use_up_the_limit(client):
    for _ in range(RATE_LIMIT + 2):
        assert client.post(FORM, {"email": "typo@", "language": "en"}).status_code == 400

    assert client.post(FORM, {"email": "right@example.net", "language": "en"}).status_code == 302


@pytest.mark.django_db(transaction=True)
def test_two_sign_ups_of_one_new_address_at_once_make_one_subscriber(reference_data):
    errors = race([lambda: subscriber_sign_up(email="twice@example.net", language="en")] * 2)

    assert errors == []
    assert Subscriber.objects.filter(email="twice@example.net").count() == 1
    assert OutboundEmail.objects.count() == 1


def test_the_form_runs_a_pinned_number_of_queries(assert_page_queries):
    # The page reads nothing: the layout only.
    assert_page_queries(FORM, REQUEST_TRANSACTION)


# --- Links that do not work --------------------------------------------------------------------


def test_a_tampered_confirmation_link_changes_nothing_and_says_so_kindly(client):
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)
    token = confirm_token(subscriber)
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")

    for method in (client.get, client.post):
        response = method(f"/newsletter/confirm/{tampered}/")
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
        assert "cut in two" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_a_confirmation_link_for_one_address_never_confirms_another(client):
    mine = SubscriberFactory(email="mine@example.net", status="pending", confirmed_at=None)
    token = confirm_token(mine)
    Subscriber.objects.filter(pk=mine.pk).update(email="changed@example.net")

    response = client.post(f"/newsletter/confirm/{token}/")

    assert response.status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_an_expired_confirmation_link_asks_to_sign_up_again(client):
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)
    token = confirm_token(subscriber)

    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = client.post(f"/newsletter/confirm/{token}/")

    assert response.status_code == 400
    page = response.content.decode()
    assert "This confirmation link has expired" in page
    assert 'href="/newsletter/"' in page
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_an_unsubscribe_link_is_no_confirmation_link_and_the_other_way_round(client):
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)

    assert client.post(f"/newsletter/confirm/{unsubscribe_token(subscriber)}/").status_code == 400
    assert client.post(f"/newsletter/unsubscribe/{confirm_token(subscriber)}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_a_confirmation_link_followed_after_unsubscribing_does_not_subscribe_again(client):
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)
    token = confirm_token(subscriber)
    client.post(f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/")

    page = client.get(f"/newsletter/confirm/{token}/").content.decode()
    response = client.post(f"/newsletter/confirm/{token}/")

    assert "sign up once more" in page
    assert response.status_code == 409
    assert "sign up once more" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


@pytest.mark.parametrize("token", ["nonsense", "MTI:abc", "a" * 500, "%00"])
def test_nonsense_in_a_link_is_a_kind_400_never_an_error(client, token):
    assert client.get(f"/newsletter/confirm/{token}/").status_code == 400
    assert client.post(f"/newsletter/unsubscribe/{token}/").status_code == 400


# --- Unsubscribing -----------------------------------------------------------------------------


def test_the_unsubscribe_link_shows_one_button_and_changes_nothing_until_pressed(client):
    subscriber = SubscriberFactory()

    response = client.get(f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/")

    assert response.status_code == 200
    page = response.content.decode()
    main = page[page.index('<main id="main"') : page.index("</main>")]
    assert main.count('type="submit"') == 1  # one button (the header has its own forms)
    assert ">Unsubscribe</button>" in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"]
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_one_click_unsubscribes_at_once_without_a_session_or_csrf_token():
    """RFC 8058: a mail program POSTs "List-Unsubscribe=One-Click" to the link, and nothing more."""
    subscriber = SubscriberFactory()
    mail_program = Client(enforce_csrf_checks=True)

    response = mail_program.post(
        f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None


def test_unsubscribing_twice_is_harmless_and_the_link_never_expires(client):
    subscriber = SubscriberFactory()
    url = f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/"
    client.post(url)
    first = Subscriber.objects.get().unsubscribed_at

    with time_machine.travel(timezone.now() + timedelta(days=800)):
        response = client.post(url)

    assert response.status_code == 200
    assert Subscriber.objects.get().unsubscribed_at == first
    assert "sign up again" in client.get(url).content.decode()


def test_only_the_unsubscribe_link_is_exempt_from_csrf():
    csrf_client = Client(enforce_csrf_checks=True)
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)

    assert csrf_client.post(f"/newsletter/confirm/{confirm_token(subscriber)}/").status_code == 403
    assert csrf_client.post(FORM, {"email": "x@example.net", "language": "en"}).status_code == 403


def test_a_tampered_unsubscribe_link_unsubscribes_nobody(client):
    subscriber = SubscriberFactory()
    token = unsubscribe_token(subscriber)
    other = SubscriberFactory()
    forged = token.replace(token.split(":")[0], unsubscribe_token(other).split(":")[0])

    response = client.post(f"/newsletter/unsubscribe/{forged}/")

    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    assert set(Subscriber.objects.values_list("status", flat=True)) == {"confirmed"}


def test_unsubscribing_during_a_send_drops_the_address_from_it(client):
    subscriber = SubscriberFactory()
    issue = NewsletterIssueFactory(status="sending")
    Delivery.objects.create(issue=issue, subscriber=subscriber, email=subscriber.email)

    client.post(f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/")

    assert not Delivery.objects.filter(status="pending").exists()


def test_the_link_pages_run_a_pinned_number_of_queries(assert_page_queries):
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)

    # The subscriber the link names.
    assert_page_queries(
        f"/newsletter/confirm/{confirm_token(subscriber)}/", REQUEST_TRANSACTION + 1
    )
    assert_page_queries(
        f"/newsletter/unsubscribe/{unsubscribe_token(subscriber)}/", REQUEST_TRANSACTION + 1
    )


# --- The person's own data ---------------------------------------------------------------------


def test_my_data_shows_the_subscription_of_the_persons_address(client, full_member):
    SubscriberFactory(email=full_member.email.upper(), language="fr")
    SubscriberFactory(email="someone.else@example.net")
    sign_in(client, full_member)

    page = client.get("/members/my-data/").content.decode()

    assert 'id="newsletter"' in page
    assert full_member.email.upper() in page
    assert "someone.else@example.net" not in page


def test_closing_an_account_erases_its_subscription_and_what_was_sent_to_it(full_member):
    subscriber = SubscriberFactory(email=full_member.email)
    issue = NewsletterIssueFactory(status="sent")
    Delivery.objects.create(
        issue=issue, subscriber=subscriber, email=subscriber.email, status="sent"
    )
    SubscriberFactory(email="stays@example.net")

    account_close(user=full_member)

    assert list(Subscriber.objects.values_list("email", flat=True)) == ["stays@example.net"]
    assert not Delivery.objects.exists()
