"""The security baseline: production settings, headers, cookies, passwords."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-production-like-secret-key-that-is-long-and-random-0123456789-abcdef",
    "ALLOWED_HOSTS": "network.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/network",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    clean.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "network.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_deployment_checklist_passes_with_the_documented_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_settings_refuse_to_start_without_a_required_variable(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "Production settings need these environment variables" in result.stderr
    assert missing in result.stderr


def test_production_settings_turn_on_https_hsts_and_secure_cookies():
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.DEBUG,"
        " s.DATABASES['default']['ATOMIC_REQUESTS'], s.DATABASES['default']['CONN_HEALTH_CHECKS'])"
    )
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["31536000", *["True"] * 4, "False", "True", "True"]


@pytest.mark.django_db
def test_pages_carry_the_security_headers_and_a_policy_that_forbids_other_hosts(client):
    response = client.get("/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "http" not in policy  # no other host is allowed anything
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_the_session_cookie_is_http_only(client, make_person):
    from tests.factories import PASSWORD

    make_person(email="cookie@example.net")
    response = client.post(
        "/accounts/login/", {"login": "cookie@example.net", "password": PASSWORD}
    )

    assert response.cookies["sessionid"]["httponly"]
    assert response.cookies["sessionid"]["samesite"] == "Lax"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Ab3$xyz", "too short"),
        ("password123", "too common"),
    ],
)
def test_weak_passwords_are_refused_at_sign_up(client, password, message):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "weak@example.net",
            "display_name": "Weak Choice",
            "password1": password,
            "password2": password,
        },
    )

    assert response.status_code == 400
    assert message in response.content.decode()
