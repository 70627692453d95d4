"""The account pages (django-allauth) run a pinned number of queries."""

import pytest

from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "max_queries"),
    [
        ("/accounts/login/", 2),
        ("/accounts/signup/", 2),
        ("/accounts/password/reset/", 2),
    ],
)
def test_the_sign_in_pages_run_a_pinned_number_of_queries(assert_page_queries, url, max_queries):
    assert_page_queries(url, max_queries)


@pytest.mark.parametrize(
    ("url", "max_queries"),
    [
        ("/accounts/email/", 8),
        ("/accounts/password/change/", 6),
        ("/accounts/2fa/", 8),
        ("/accounts/2fa/totp/activate/", 9),
        ("/accounts/2fa/webauthn/", 8),
        ("/accounts/sessions/", 8),
    ],
)
def test_the_account_pages_run_a_pinned_number_of_queries(
    client, full_member, assert_page_queries, url, max_queries
):
    sign_in(client, full_member)

    assert_page_queries(url, max_queries)


def test_the_lists_of_addresses_keys_and_sessions_do_not_grow_queries_with_their_length(
    client, full_member, assert_page_queries
):
    from allauth.account.models import EmailAddress
    from allauth.mfa.webauthn.internal.auth import WebAuthn
    from allauth.usersessions.models import UserSession
    from django.test import Client

    from tests.factories import PASSWORD, webauthn_registration

    pages = {"/accounts/email/": 8, "/accounts/2fa/webauthn/": 8, "/accounts/sessions/": 8}
    sign_in(client, full_member)
    for url, max_queries in pages.items():
        assert_page_queries(url, max_queries)

    for n in range(5):  # sign-ins first: with a key, a password alone no longer signs in
        Client(HTTP_USER_AGENT=f"Device {n}").post(
            "/accounts/login/", {"login": full_member.email, "password": PASSWORD}
        )
    for n in range(5):
        EmailAddress.objects.create(user=full_member, email=f"other{n}@example.net")
        WebAuthn.add(full_member, f"Key {n}", webauthn_registration())
    assert UserSession.objects.filter(user=full_member).count() == 5

    for url, max_queries in pages.items():
        assert_page_queries(url, max_queries)
