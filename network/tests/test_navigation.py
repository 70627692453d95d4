"""The header's links, rendered once into cached fragments (network/navigation.py), still mark
the page the reader is on, follow their language and their account, and carry nothing personal
from one reader to the next."""

import re

import pytest
from django.core.cache import caches

from network import navigation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _current_links(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]+)" aria-current="page">', html)


def test_each_header_link_is_marked_current_on_its_own_page_only(client):
    home = client.get("/").content.decode()
    news = client.get("/news/").content.decode()
    contact = client.get("/contact/").content.decode()

    assert _current_links(home) == ["/"]
    assert _current_links(news) == ["/news/"]
    assert _current_links(contact) == ["/contact/"]


def test_pages_the_header_does_not_link_to_share_one_unmarked_header(client):
    client.get("/privacy/")
    client.get("/disclaimer/")

    keys = list(caches["template_fragments"]._cache)
    assert len([key for key in keys if "site_nav" in key]) == 1
    page = client.get("/accessibility/").content.decode()
    assert 'aria-current="page"' not in page.split("<main")[0]


def test_the_header_speaks_the_readers_language(client):
    english = client.get("/news/").content.decode()
    french = client.get("/news/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()

    assert ">What&#x27;s on</a>" in english or ">What's on</a>" in english
    assert ">Nouvelles</a>" in french
    assert ">Activités à venir</a>" in french
    assert ">News</a>" not in french


def test_the_account_links_follow_who_is_signed_in(client, content_editor, full_member):
    staff, member = content_editor, full_member
    staff.display_name, member.display_name = "Ash", "Birch"
    staff.save(update_fields=["display_name"])
    member.save(update_fields=["display_name"])

    client.force_login(staff)
    staff_page = client.get("/news/").content.decode()
    client.force_login(member)
    member_page = client.get("/news/").content.decode()

    assert ">Administration</a>" in staff_page
    assert ">Administration</a>" not in member_page
    assert "Birch" in member_page
    assert "Ash" not in member_page


def test_the_account_page_marks_my_account_as_current(client):
    client.force_login(UserFactory())

    page = client.get(navigation.ACCOUNT[0].url).content.decode()

    assert navigation.ACCOUNT[0].url in _current_links(page)


def test_the_500_page_renders_the_header_without_a_request_context(rf):
    from network.views import server_error

    response = server_error(rf.get("/broken/"))

    assert response.status_code == 500
    assert ">Home</a>" in response.content.decode()


def test_the_header_sets_no_variable_a_page_uses(rf, full_member):
    """The header's fragments used to set `links`, hiding a page's own `links` (the governance
    consultation's links to compare versions)."""
    from django.template import engines

    template = engines["django"].from_string(
        '{% extends "base.html" %}{% block content %}<p id="mine">{{ links }}</p>'
        "{% endblock content %}"
    )
    request = rf.get("/")
    request.user = full_member
    html = template.render({"links": "the page's own"}, request)

    assert '<p id="mine">the page&#x27;s own</p>' in html
