"""The public pages, the layout every page shares, and the error pages."""

import re

import pytest
from django.test import Client
from django.urls import path

from network.models import CrisisLine
from network.urls import urlpatterns as project_urlpatterns
from tests.factories import CrisisLineFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/support-now/", "/privacy/", "/disclaimer/", "/contact/", "/accessibility/"]


def boom(request):
    raise RuntimeError("a bug")


# The project's routes plus one that fails, for the 500 page test.
urlpatterns = [path("boom/", boom), *project_urlpatterns]
handler500 = "network.views.server_error"


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_public_page_has_the_layout_one_h1_and_the_support_link(client, url):
    page = client.get(url).content.decode()

    assert page.count("<h1") == 1
    assert 'href="#main"' in page  # skip link
    assert 'id="main"' in page
    assert 'href="/support-now/"' in page
    for footer_link in ("/privacy/", "/disclaimer/", "/contact/", "/accessibility/"):
        assert f'href="{footer_link}"' in page
    assert '<html lang="en"' in page


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_no_page_loads_anything_from_another_host(client, url):
    page = client.get(url).content.decode()

    loaded = re.findall(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", page)
    for tag in loaded:
        for value in re.findall(r'(?:src|href|srcset)="([^"]*)"', tag):
            assert not re.match(r"^(https?:)?//", value), tag


def test_the_home_page_says_what_the_network_is(client):
    page = client.get("/").content.decode()

    assert "lived" in page
    assert "LHIN" in page
    assert 'href="/accounts/signup/"' in page


def test_the_home_page_is_in_french_for_a_french_speaker(client):
    client.cookies["django_language"] = "fr"

    page = client.get("/").content.decode()

    assert '<html lang="fr"' in page
    assert "Besoin de soutien maintenant" in page


def test_the_language_switch_remembers_the_choice(client):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/privacy/"})

    assert response.status_code == 302
    assert response["Location"] == "/privacy/"
    assert '<html lang="fr"' in client.get("/privacy/").content.decode()


def test_the_support_page_lists_published_lines_crisis_lines_first(client):
    CrisisLineFactory(name="Peer warm line", is_crisis_line=False, order=0)
    CrisisLineFactory(name="Second crisis line", order=2)
    CrisisLineFactory(name="First crisis line", order=1, text_number="686868")
    CrisisLineFactory(name="Retired line", is_published=False)

    page = client.get("/support-now/").content.decode()

    assert "911" in page
    assert page.index("First crisis line") < page.index("Second crisis line")
    assert page.index("Second crisis line") < page.index("Peer warm line")
    assert "Retired line" not in page
    assert 'href="sms:686868"' in page


def test_the_support_page_shows_french_names_in_french(client):
    CrisisLineFactory(name="Crisis line", name_fr="Ligne de crise")
    client.cookies["django_language"] = "fr"

    page = client.get("/support-now/").content.decode()

    assert "Ligne de crise" in page


# In tests each request's transaction (ATOMIC_REQUESTS) shows as two queries: SAVEPOINT and
# RELEASE SAVEPOINT. The counts below include them.
REQUEST_TRANSACTION = 2


def test_the_support_page_runs_the_same_queries_for_two_lines_or_thirty(assert_page_queries):
    CrisisLineFactory.create_batch(2)
    assert_page_queries("/support-now/", REQUEST_TRANSACTION + 1)
    CrisisLineFactory.create_batch(28)
    response = assert_page_queries("/support-now/", REQUEST_TRANSACTION + 1)
    assert response.content.decode().count("<article") >= CrisisLine.objects.count()


# The home page reads its hero, news and events (content/tests/test_home.py pins its count);
# the statements are pages of the tree (content/tests/test_pages.py).
@pytest.mark.parametrize("url", ["/contact/"])
def test_public_pages_need_no_query_for_a_visitor(assert_page_queries, url):
    assert_page_queries(url, REQUEST_TRANSACTION)


@pytest.mark.parametrize("url", ["/privacy/", "/disclaimer/", "/accessibility/"])
def test_the_statements_are_pages_of_the_tree_read_in_two_queries(assert_page_queries, url):
    # the page with the pages above it, and its section's pages (content.selectors.pages)
    response = assert_page_queries(url, REQUEST_TRANSACTION + 2)

    assert "Last updated" in response.content.decode()


def test_a_signed_in_page_runs_a_pinned_number_of_queries(client, full_member, assert_page_queries):
    client.force_login(full_member)

    # the signed-in person, and their roles (for the admin link); the home page's hero, news,
    # events and training sessions
    assert_page_queries("/", REQUEST_TRANSACTION + 2 + 4)


def test_a_signed_in_member_sees_their_display_name_never_their_email(client, full_member):
    client.force_login(full_member)

    page = client.get("/").content.decode()

    assert full_member.display_name in page
    assert full_member.email not in page


def test_the_404_page_is_in_the_layout_and_reveals_nothing(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    page = response.content.decode()
    assert 'href="/support-now/"' in page
    assert page.count("<h1") == 1


def test_the_403_page_is_in_the_layout(client, full_member):
    client.force_login(full_member)

    response = client.get("/admin/login/")

    assert response.status_code == 403
    assert 'href="/support-now/"' in response.content.decode()


def test_the_400_page_is_in_the_layout(client, settings):
    settings.ALLOWED_HOSTS = ["testserver"]

    response = client.get("/", HTTP_HOST="not-our-host.example")

    assert response.status_code == 400
    assert 'href="/support-now/"' in response.content.decode()


@pytest.mark.urls("network.tests.test_pages")
def test_the_500_page_is_in_the_layout_without_the_account_menu(full_member):
    client = Client(raise_request_exception=False)
    client.force_login(full_member)

    response = client.get("/boom/")

    assert response.status_code == 500
    page = response.content.decode()
    assert 'href="/support-now/"' in page
    assert full_member.display_name not in page
