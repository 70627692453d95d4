"""Accounts through django-allauth: email login, verification, enumeration, limits, MFA."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.usersessions.models import UserSession
from django.core import mail
from django.core.cache import cache

from members.models import User
from network.models import OutboundEmail
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "new.peer@example.net",
    "display_name": "Quiet Harbour",
    "password1": "long enough passphrase 42",
    "password2": "long enough passphrase 42",
}


def sign_up(client, django_capture_on_commit_callbacks, **overrides):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/accounts/signup/", {**SIGNUP, **overrides})


def test_signing_up_sends_a_verification_email_through_the_queue_and_keeps_the_person_out(
    client, django_capture_on_commit_callbacks
):
    response = sign_up(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email="new.peer@example.net")
    assert user.display_name == "Quiet Harbour"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.peer@example.net"]
    assert OutboundEmail.objects.get().status == OutboundEmail.Status.SENT
    # Mandatory verification: not signed in until the link is followed.
    assert client.get("/members/account/").status_code == 302


def test_following_the_verification_link_verifies_the_address_and_signs_the_person_in(
    client, django_capture_on_commit_callbacks
):
    sign_up(client, django_capture_on_commit_callbacks)
    link = re.search(r"https?://[^/]+(/accounts/confirm-email/[^\s]+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body

    response = client.post(link.group(1))

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="new.peer@example.net").verified
    assert client.get("/members/account/").status_code == 200


def test_signing_in_is_refused_until_the_email_is_verified(client, make_person):
    make_person(email="unverified@example.net", verified=False)

    response = client.post(
        "/accounts/login/", {"login": "unverified@example.net", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert client.get("/members/account/").status_code == 302


def test_a_taken_display_name_is_refused_ignoring_case_and_the_form_keeps_what_was_typed(
    client, make_person, django_capture_on_commit_callbacks
):
    make_person(display_name="Quiet Harbour")

    response = sign_up(client, django_capture_on_commit_callbacks, display_name="quiet harbour")

    assert response.status_code == 400
    page = response.content.decode()
    assert "This display name is taken" in page
    assert 'value="new.peer@example.net"' in page
    assert 'value="quiet harbour"' in page
    assert not User.objects.filter(email="new.peer@example.net").exists()


def test_signing_up_with_an_address_that_has_an_account_looks_the_same_as_a_new_one(
    client, make_person, django_capture_on_commit_callbacks
):
    make_person(email="taken@example.net")

    response = sign_up(client, django_capture_on_commit_callbacks, email="taken@example.net")

    # Enumeration prevention: the same answer, and the owner is told by email instead.
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert User.objects.filter(email="taken@example.net").count() == 1
    assert mail.outbox[0].to == ["taken@example.net"]


def test_a_password_reset_answers_the_same_for_unknown_and_known_addresses(
    client, make_person, django_capture_on_commit_callbacks
):
    make_person(email="known@example.net")

    with django_capture_on_commit_callbacks(execute=True):
        known = client.post("/accounts/password/reset/", {"email": "known@example.net"})
        unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.net"})

    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_repeated_failed_sign_ins_are_rate_limited_in_the_redis_cache(client, make_person):
    make_person(email="target@example.net")
    for _ in range(5):
        client.post("/accounts/login/", {"login": "target@example.net", "password": "wrong"})

    # Past the limit even the right password is refused, with a message saying why.
    response = client.post(
        "/accounts/login/", {"login": "target@example.net", "password": PASSWORD}
    )

    assert response.status_code == 400
    assert "Too many failed login attempts" in response.content.decode()
    assert client.get("/members/account/").status_code == 302
    keys = cache._cache.get_client().keys("*")  # the counters are real Redis keys
    assert any(b"rl:" in key for key in keys), keys


def test_a_wrong_password_is_refused_with_a_message_and_the_email_kept(client, make_person):
    make_person(email="river@example.net")

    response = client.post("/accounts/login/", {"login": "river@example.net", "password": "no"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "river@example.net" in page
    assert "not correct" in page


def test_totp_secrets_are_encrypted_at_rest_and_still_work(make_person):
    user = make_person()
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

    TOTP.activate(user, secret)

    stored = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    assert secret not in stored
    assert stored.startswith("fernet:")
    from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time

    counter = next(iter(yield_hotp_counters_from_time()))
    code = format_hotp_value(hotp_value(secret, counter))
    assert TOTP(Authenticator.objects.get(user=user)).validate_code(code)


def test_signing_in_with_totp_asks_for_the_code_after_the_password(client, make_person):
    user = make_person(email="mfa@example.net")
    secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    TOTP.activate(user, secret)

    response = client.post("/accounts/login/", {"login": "mfa@example.net", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/members/account/").status_code == 302

    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 400

    from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time

    counter = next(iter(yield_hotp_counters_from_time()))
    code = format_hotp_value(hotp_value(secret, counter))
    response = client.post("/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 302
    assert client.get("/members/account/").status_code == 200


def test_recovery_code_seeds_are_encrypted_at_rest(make_person):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    user = make_person()
    codes = RecoveryCodes.activate(user)

    stored = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    assert stored.data["seed"].startswith("fernet:")
    assert len(codes.get_unused_codes()) == 10


def test_a_person_sees_their_sessions_and_can_end_the_others(client, make_person):
    user = make_person(email="two.devices@example.net")
    from django.test import Client

    other_device = Client(HTTP_USER_AGENT="Other device")
    other_device.post(
        "/accounts/login/", {"login": "two.devices@example.net", "password": PASSWORD}
    )
    client.post("/accounts/login/", {"login": "two.devices@example.net", "password": PASSWORD})
    assert UserSession.objects.filter(user=user).count() == 2

    page = client.get("/accounts/sessions/")
    assert page.status_code == 200
    assert "Other device" in page.content.decode()

    client.post("/accounts/sessions/", {"action": "logout"})

    assert UserSession.objects.filter(user=user).count() == 1
    assert other_device.get("/members/account/").status_code == 302
    assert client.get("/members/account/").status_code == 200


def test_the_admin_login_goes_through_allauth(client, full_member, content_editor):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")

    client.force_login(full_member)
    assert client.get("/admin/login/").status_code == 403

    client.force_login(content_editor)
    assert client.get("/admin/").status_code == 200


def test_rate_limits_and_sessions_use_redis(settings):
    from django.core.cache.backends.redis import RedisCache

    from network.cache import RedisCache as NetworkRedisCache

    assert settings.CACHES["default"]["BACKEND"] == "network.cache.RedisCache"
    assert issubclass(NetworkRedisCache, RedisCache)
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cache"
    cache.set("probe", "ok")
    assert cache._cache.get_client().exists(cache.make_key("probe"))


def test_emails_are_written_in_the_language_the_person_prefers(
    client, make_person, django_capture_on_commit_callbacks
):
    make_person(email="francophone@example.net", preferred_language="fr")

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/password/reset/", {"email": "francophone@example.net"})

    assert len(mail.outbox) == 1
    assert "mot de passe" in mail.outbox[0].subject.lower()


def test_an_address_typed_with_capitals_is_one_account_and_signs_in_either_way(
    client, django_capture_on_commit_callbacks
):
    sign_up(client, django_capture_on_commit_callbacks, email="Mixed.Case@Example.NET")
    EmailAddress.objects.update(verified=True)
    client.logout()

    again = sign_up(
        client,
        django_capture_on_commit_callbacks,
        email="mixed.case@example.net",
        display_name="X Y",
    )
    response = client.post(
        "/accounts/login/", {"login": "MIXED.case@example.net", "password": SIGNUP["password1"]}
    )

    assert again.status_code == 302
    assert User.objects.filter(email__iexact="mixed.case@example.net").count() == 1
    assert response.status_code == 302
    assert client.get("/members/account/").status_code == 200
