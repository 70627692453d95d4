"""`seed_demo` creates one verified account per role, idempotently, and only when DEBUG is on."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command

from members.models import User
from network import roles, selectors
from network.demo import DEMO_PASSWORD
from network.models import CrisisLine

pytestmark = pytest.mark.django_db

DEMO_EMAILS = {
    "admin@example.org",
    "coordinator@example.org",
    "coordinator.north@example.org",
    "full.member@example.org",
    "supporting.member@example.org",
    "speaker@example.org",
    "moderator@example.org",
    "editor@example.org",
}


def seed() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_creates_each_demo_account_verified_with_the_demo_password(settings):
    settings.DEBUG = True
    seed()

    assert set(User.objects.values_list("email", flat=True)) >= DEMO_EMAILS
    for user in User.objects.filter(email__in=DEMO_EMAILS):
        assert user.check_password(DEMO_PASSWORD), user.email
        assert EmailAddress.objects.get(user=user).verified
    admin = User.objects.get(email="admin@example.org")
    assert admin.is_superuser
    assert roles.has_role(admin, roles.NETWORK_ADMINISTRATOR)
    toronto = selectors.lhins_coordinated_by(User.objects.get(email="coordinator@example.org"))
    assert [lhin.number for lhin in toronto] == [7]
    north = selectors.lhins_coordinated_by(User.objects.get(email="coordinator.north@example.org"))
    assert [lhin.number for lhin in north] == [13]
    assert roles.has_role(User.objects.get(email="editor@example.org"), roles.CONTENT_EDITOR)
    assert roles.has_role(User.objects.get(email="moderator@example.org"), roles.FORUM_MODERATOR)
    assert set(CrisisLine.objects.values_list("name", flat=True)) == {
        "9-8-8 Suicide Crisis Helpline",
        "ConnexOntario",
    }


def test_seed_demo_run_twice_changes_nothing(settings):
    settings.DEBUG = True
    seed()
    counts = (User.objects.count(), EmailAddress.objects.count(), CrisisLine.objects.count())

    seed()

    assert counts == (
        User.objects.count(),
        EmailAddress.objects.count(),
        CrisisLine.objects.count(),
    )


def test_seed_demo_refuses_to_run_when_debug_is_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        seed()
    assert not User.objects.exists()


def test_each_demo_account_can_sign_in_with_the_demo_password(settings, client):
    settings.DEBUG = True
    seed()

    for email in sorted(DEMO_EMAILS):
        client.logout()
        response = client.post(
            "/accounts/login/", {"login": email, "password": DEMO_PASSWORD}, follow=False
        )
        assert response.status_code == 302, email
        assert response["Location"] == "/", email
        assert client.get("/members/account/").status_code == 200, email
