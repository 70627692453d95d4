"""Fixtures for every test in the project (loaded with `-p tests.plugin`, see pyproject.toml).

The named people of the platform, one per role, as the healthchecks project names its test
users: tests read as "the coordinator of another LHIN gets a 404".
"""

import os
from collections.abc import Callable, Iterator

import pytest

# Playwright's sync API runs an event loop in the main thread; Django's ORM refuses to run
# inside it otherwise.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

TORONTO_CENTRAL = 7
NORTH_EAST = 13

# The fixtures below, one per role; the permission matrix asks each of them for its status.
ROLE_FIXTURES = (
    "anonymous",
    "outsider",
    "full_member",
    "supporting_member",
    "coordinator",
    "content_editor",
    "forum_moderator",
    "speakers_reviewer",
    "governance_member",
    "complaints_officer",
    "treasurer",
    "network_admin",
)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Rate limits and sessions live in the (test) Redis cache, rendered fragments (the header,
    empty forms) in this process's memory: start every test clean."""
    from django.core.cache import cache, caches

    cache.clear()
    caches["template_fragments"].clear()


@pytest.fixture(autouse=True)
def _english_first() -> Iterator[None]:
    """Every test starts in the site's default language. A request leaves the language the
    LocaleMiddleware chose active in the thread (French, after a French reader's page), which
    would otherwise carry into the next test's messages."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def reference_data(transactional_db) -> None:
    """The LHINs and role groups, for tests that commit (and so flush the tables after).

    Django's serialized rollback cannot restore them once a browser test has run: Playwright
    keeps an event loop in the main thread, and Django's connections are then other objects.
    """
    from io import StringIO

    from django.core.management import call_command

    call_command("load_reference_data", stdout=StringIO())


@pytest.fixture
def make_person(db) -> Callable:
    from network import services
    from tests.factories import UserFactory

    def make(*role_list, **kwargs):
        user = UserFactory(**kwargs)
        for role in role_list:
            services.role_grant(user=user, role=role)
        return user

    return make


@pytest.fixture
def lhin_toronto(db):
    from network.models import LHIN

    return LHIN.objects.get(number=TORONTO_CENTRAL)


@pytest.fixture
def lhin_north_east(db):
    from network.models import LHIN

    return LHIN.objects.get(number=NORTH_EAST)


@pytest.fixture
def anonymous():
    return None


@pytest.fixture
def outsider(make_person):
    """Signed in, verified, but holding no role: not (yet) a member."""
    return make_person(display_name="Outsider", email="outsider@example.net")


@pytest.fixture
def full_member(make_person):
    from network import roles

    return make_person(roles.FULL_MEMBER, display_name="River", email="river@example.net")


@pytest.fixture
def supporting_member(make_person):
    from network import roles

    return make_person(roles.SUPPORTING_MEMBER, display_name="Sam Ally", email="sam@example.net")


def _coordinator_of(lhin, user):
    from network import services

    services.lhin_coordinator_grant(lhin=lhin, user=user)
    return user


@pytest.fixture
def coordinator(make_person, lhin_toronto):
    """Coordinator of Toronto Central."""
    return _coordinator_of(lhin_toronto, make_person(display_name="Toronto Coordinator"))


@pytest.fixture
def coordinator_other(make_person, lhin_north_east):
    """Coordinator of another LHIN (North East)."""
    return _coordinator_of(lhin_north_east, make_person(display_name="North Coordinator"))


@pytest.fixture
def content_editor(make_person):
    from network import roles

    return make_person(roles.CONTENT_EDITOR, display_name="Page Editor", email="ed@example.net")


@pytest.fixture
def forum_moderator(make_person):
    from network import roles

    return make_person(
        roles.FULL_MEMBER, roles.FORUM_MODERATOR, display_name="Kind Mod", email="mod@example.net"
    )


@pytest.fixture
def speakers_reviewer(make_person):
    from network import roles

    return make_person(roles.SPEAKERS_REVIEWER, display_name="Reviewer", email="rev@example.net")


@pytest.fixture
def governance_member(make_person):
    from network import roles

    return make_person(
        roles.FULL_MEMBER,
        roles.GOVERNANCE_MEMBER,
        display_name="Board Seat",
        email="gov@example.net",
    )


@pytest.fixture
def complaints_officer(make_person):
    from network import roles

    return make_person(
        roles.COMPLAINTS_OFFICER, display_name="Complaints Officer", email="cases@example.net"
    )


@pytest.fixture
def treasurer(make_person):
    from network import roles

    return make_person(roles.TREASURER, display_name="Treasurer", email="treasurer@example.net")


@pytest.fixture
def network_admin(make_person):
    """The network administrator role, without superuser status (so the role is what is tested)."""
    from network import roles

    return make_person(
        roles.NETWORK_ADMINISTRATOR, display_name="Net Admin", email="na@example.net"
    )


def wait_for(condition, timeout: float = 15.0) -> bool:
    """Poll `condition` until it holds or `timeout` seconds pass (for work done by a worker)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def sign_in(client, user):
    """Sign `client` in as `user`, as if they had just confirmed their password (None signs out).

    allauth asks for the password again before security changes (two-factor, keys) unless the
    session records a recent re-authentication; this records one, so tests reach those pages.
    """
    import time

    from allauth.account.internal.flows import login as allauth_login
    from allauth.account.internal.userkit import user_id_to_str

    client.logout()
    if user is None:
        return client
    client.force_login(user)
    session = client.session
    # allauth's session records (internal names: pinned allauth versions keep them stable).
    session[allauth_login._AUTHENTICATION_METHODS_USER_SESSION_KEY] = user_id_to_str(user)
    session[allauth_login.AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": time.time(), "email": user.email, "reauthenticated": True}
    ]
    session.save()
    return client


@pytest.fixture
def client_for(client) -> Callable:
    """A test client signed in as `user` (or signed out for None), recently authenticated."""
    return lambda user: sign_in(client, user)


@pytest.fixture
def assert_page_queries(client, django_assert_max_num_queries) -> Callable:
    """GET a page, assert its status and that it runs at most `max_queries` SQL queries.

    Every page test pins its count; tests make enough rows that an N+1 would exceed it.
    """

    def check(url: str, max_queries: int, status: int = 200):
        with django_assert_max_num_queries(max_queries):
            response = client.get(url)
        assert response.status_code == status, (url, response.status_code)
        return response

    return check


@pytest.fixture
def celery_worker(reference_data) -> Iterator:
    """A real Celery worker, in a thread, consuming from the real Redis broker. Its tests
    commit, so they load the reference data themselves (see `reference_data`)."""
    from celery.contrib.testing.worker import start_worker

    from network.celery import app

    app.conf.task_always_eager = False
    app.control.purge()  # messages left by earlier runs point at rows that are gone
    try:
        with start_worker(
            app, pool="solo", perform_ping_check=False, shutdown_timeout=10, loglevel="WARNING"
        ) as worker:
            yield worker
    finally:
        app.conf.task_always_eager = True
