"""The signed-in person is read with a prepared statement (network/auth_backends.py): the same
answers as Django's backends, in one query."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.auth_backends import ModelBackend
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_signed_in_person_is_read_back_on_the_next_request(client):
    person = UserFactory(display_name="Rowan")
    client.force_login(person)

    page = client.get("/").content.decode()

    assert "Signed in as <strong>Rowan</strong>" in page


def test_the_person_is_read_in_one_query_whatever_the_backend_path():
    person = UserFactory()

    with CaptureQueriesContext(connection) as queries:
        found = ModelBackend().get_user(person.pk)

    assert found == person
    assert found.email == person.email
    assert len(queries) == 1
    assert queries[0]["sql"].startswith("SELECT")


def test_a_deactivated_account_is_signed_out_at_its_next_request(client):
    person = UserFactory(display_name="Rowan")
    client.force_login(person)
    person.is_active = False
    person.save(update_fields=["is_active"])

    page = client.get("/").content.decode()

    assert "Rowan" not in page
    assert "Sign in" in page


@pytest.mark.parametrize("user_id", ["not-a-number", None, 2**40])
def test_a_session_naming_no_account_is_simply_signed_out(user_id):
    assert ModelBackend().get_user(user_id) is None


def test_the_cache_keeps_one_redis_client_per_pool():
    client = cache._cache.get_client()

    assert cache._cache.get_client() is client
    cache.set("probe", "value")
    assert cache.get("probe") == "value"


def test_a_session_key_in_the_cache_still_signs_in(client):
    person = UserFactory()
    client.force_login(person)

    session = client.session

    assert session[SESSION_KEY] == str(person.pk)
