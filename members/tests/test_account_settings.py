"""A person changes their display name and language on their own account page."""

import pytest

from members.models import User
from network.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_the_account_page_shows_the_persons_own_email_and_settings(
    client, full_member, assert_page_queries
):
    client.force_login(full_member)

    # transaction (2), the person, their editable copy, their roles (admin link)
    page = assert_page_queries("/members/account/", 5).content.decode()

    assert full_member.email in page
    assert f'value="{full_member.display_name}"' in page


def test_changing_the_display_name_saves_it_and_records_the_old_one(client, full_member):
    client.force_login(full_member)

    response = client.post(
        "/members/account/", {"display_name": "  New   Name ", "preferred_language": "fr"}
    )

    assert response.status_code == 302
    full_member.refresh_from_db()
    assert full_member.display_name == "New Name"
    assert full_member.preferred_language == "fr"
    entry = AuditEntry.objects.get(action="user.display_name.change")
    assert entry.data == {"previous": "River"}
    assert entry.actor == full_member


def test_a_display_name_taken_by_someone_else_is_refused_and_what_was_typed_is_kept(
    client, full_member, supporting_member
):
    client.force_login(full_member)

    response = client.post(
        "/members/account/", {"display_name": "SAM ALLY", "preferred_language": "fr"}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "This display name is taken" in page
    assert 'value="SAM ALLY"' in page
    assert 'aria-invalid="true"' in page
    assert User.objects.get(pk=full_member.pk).display_name == "River"


@pytest.mark.parametrize(
    ("display_name", "message"),
    [
        ("", "This field is required"),
        ("me@example.net", "cannot be an email address"),
        ("<script>", "Use 3 to 40 letters"),
        ("x" * 41, "at most 40 characters"),
    ],
)
def test_bad_display_names_get_a_specific_message(client, full_member, display_name, message):
    client.force_login(full_member)

    response = client.post(
        "/members/account/", {"display_name": display_name, "preferred_language": ""}
    )

    assert response.status_code == 400
    assert message in response.content.decode()


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get("/members/account/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
