"""The resource library as people meet it: the list with its filters and bilingual search, a
resource's page, the download of its file, and who may see which (members-only resources are
never listed, shown or downloaded for those who may not see them)."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone, translation

from content.models import Access, ContentLanguage, Resource, Status
from network.models import LHIN
from training.models import Competency

from .factories import ResourceFactory

pytestmark = pytest.mark.django_db

LIBRARY = "/resources/"


def _titles(response) -> list[str]:
    return [resource.title for resource in response.context["page"].object_list]


def _core(number: int) -> Competency:
    return Competency.objects.get(framework__slug="core", number=number)


def _lhin(number: int) -> LHIN:
    return LHIN.objects.get(number=number)


def _document(**kwargs) -> Resource:
    """A published document with a small PDF file."""
    defaults = {
        "kind": Resource.Kind.DOCUMENT,
        "url": "",
        "file": ContentFile(b"%PDF-1.4 a guide", name="guide.pdf"),
        "file_name": "guide.pdf",
        "file_type": "application/pdf",
        "file_size": 16,
    }
    return ResourceFactory(**{**defaults, **kwargs})


# --- the list ----------------------------------------------------------------------------------


def test_the_library_lists_published_public_resources_and_never_drafts(client):
    ResourceFactory(title="Harm reduction basics")
    ResourceFactory(title="Not ready yet", status=Status.DRAFT)

    response = client.get(LIBRARY)

    assert response.status_code == 200
    assert _titles(response) == ["Harm reduction basics"]
    assert "Not ready yet" not in response.content.decode()


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("anonymous", ["Open to all"]),
        ("outsider", ["Open to all"]),
        ("supporting_member", ["For members", "Open to all"]),
        ("full_member", ["For full members", "For members", "Open to all"]),
        ("content_editor", ["For full members", "For members", "Open to all"]),
    ],
)
def test_members_only_resources_are_listed_only_to_those_who_may_see_them(
    client_for, request, who, sees
):
    ResourceFactory(title="Open to all")
    ResourceFactory(title="For members", access=Access.MEMBERS)
    ResourceFactory(title="For full members", access=Access.FULL_MEMBERS)

    response = client_for(request.getfixturevalue(who)).get(LIBRARY)

    assert _titles(response) == sees
    page = response.content.decode()
    for hidden in {"For members", "For full members"} - set(sees):
        assert hidden not in page


def test_a_search_never_reveals_a_members_only_resource(client):
    ResourceFactory(title="Naloxone training for members", access=Access.MEMBERS)

    response = client.get(LIBRARY, {"q": "naloxone"})

    assert response.status_code == 200
    assert _titles(response) == []
    assert "Naloxone" not in response.content.decode()


def test_the_filters_narrow_by_kind_language_and_competency(client):
    supervision, sharing = _core(4), _core(2)
    ResourceFactory(title="Supervision video", kind=Resource.Kind.VIDEO, competencies=[supervision])
    ResourceFactory(title="Supervision link", competencies=[supervision])
    ResourceFactory(
        title="Guide bilingue",
        language=ContentLanguage.BILINGUAL,
        competencies=[supervision, sharing],
    )
    ResourceFactory(title="Guide en français", language=ContentLanguage.FRENCH)

    assert _titles(client.get(LIBRARY, {"kind": "video"})) == ["Supervision video"]
    assert _titles(client.get(LIBRARY, {"competency": "2"})) == ["Guide bilingue"]
    assert _titles(client.get(LIBRARY, {"competency": "4", "kind": "link"})) == [
        "Guide bilingue",
        "Supervision link",
    ]
    # A resource in both languages is listed for each.
    assert _titles(client.get(LIBRARY, {"language": "fr"})) == [
        "Guide bilingue",
        "Guide en français",
    ]


def test_a_region_lists_its_own_resources_and_the_provincial_ones(client):
    ResourceFactory(title="Toronto drop-ins", lhin=_lhin(7))
    ResourceFactory(title="Northern supports", lhin=_lhin(13))
    ResourceFactory(title="Ontario-wide guide", lhin=None)

    toronto = client.get(LIBRARY, {"lhin": "toronto-central"})
    provincial = client.get(LIBRARY, {"lhin": "provincial"})

    assert _titles(toronto) == ["Ontario-wide guide", "Toronto drop-ins"]
    assert _titles(provincial) == ["Ontario-wide guide"]


def test_the_search_finds_english_and_french_words_and_ranks_title_matches_first(client):
    ResourceFactory(
        title="Supervision guide",
        summary="Support for supervisors.",
        body="<p>A short note on boundaries in supervision.</p>",
    )
    ResourceFactory(title="Boundaries for peer workers", title_fr="Les limites des pairs aidants")
    ResourceFactory(title="Housing help", body="<p>Finding a place to live.</p>")

    english = client.get(LIBRARY, {"q": "boundaries"})
    french = client.get(LIBRARY, {"q": "limites"})

    assert _titles(english) == ["Boundaries for peer workers", "Supervision guide"]
    assert _titles(french) == ["Boundaries for peer workers"]


def test_a_search_of_ten_thousand_characters_is_refused_with_a_message_and_kept(client):
    response = client.get(LIBRARY, {"q": "a" * 10_000, "kind": "tool"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Please use at most 200 characters (this search has 10000)." in page
    assert 'aria-invalid="true"' in page
    assert response.context["form"]["kind"].value() == "tool"
    assert response.context["page"] is None


def test_a_search_of_only_punctuation_finds_nothing_and_says_why(client):
    ResourceFactory(title="Anything")

    response = client.get(LIBRARY, {"q": "?!*&%$#@ ... ---"})

    assert response.status_code == 200
    assert _titles(response) == []
    assert "Your search has no letters or numbers" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"kind": "podcast"}, "kind", "Please choose one of the kinds listed."),
        ({"language": "de"}, "language", "Please choose one of the languages listed."),
        ({"lhin": "atlantis"}, "lhin", "Please choose provincial or one of the 14 LHIN"),
        ({"competency": "99"}, "competency", "Please choose one of the competencies listed."),
        ({"competency": "x'); --"}, "competency", "Please choose one of the competencies"),
    ],
)
def test_a_bad_filter_value_is_refused_on_its_field_never_a_500(client, params, field, message):
    response = client.get(LIBRARY, {"q": "boundaries", **params})

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert f'href="#id_{field}"' in response.content.decode()
    assert response.context["form"]["q"].value() == "boundaries"


def test_the_list_is_paginated_and_keeps_the_filters(client):
    for n in range(25):
        ResourceFactory(title=f"Toolkit {n:02d}", kind=Resource.Kind.TOOL)

    first = client.get(LIBRARY, {"kind": "tool"})
    second = client.get(LIBRARY, {"kind": "tool", "page": 2})

    assert len(_titles(first)) == 20
    assert 'href="?kind=tool&amp;page=2"' in first.content.decode()
    assert _titles(second) == [f"Toolkit {n}" for n in range(20, 25)]


def test_the_list_shows_a_resources_facts_and_a_warning_when_it_may_be_out_of_date(client):
    ResourceFactory(
        title="Old guide",
        lhin=_lhin(7),
        reviewed_on=timezone.localdate() - timedelta(days=400),
        competencies=[_core(6)],
    )

    page = client.get(LIBRARY).content.decode()

    assert "Toronto Central" in page
    assert "May be out of date" in page
    assert "Access to information tool kit with current information" in page


def test_the_list_query_count_stays_flat_with_forty_resources(
    client_for, full_member, assert_page_queries
):
    client_for(full_member)
    competencies = list(Competency.objects.filter(framework__slug="core"))

    def add(count: int) -> None:
        for n in range(count):
            ResourceFactory(
                title=f"Resource about boundaries {n}",
                lhin=_lhin(n % 14 + 1),
                access=Access.MEMBERS if n % 3 else Access.PUBLIC,
                competencies=competencies[n % 6 : n % 6 + 2],
            )

    add(4)
    # The request's savepoint and its release, the session, the user and their roles, the
    # region choices, the count, the page and its competencies (the competency filter adds one).
    assert_page_queries(LIBRARY, 9)
    assert_page_queries(f"{LIBRARY}?q=boundaries&competency=2&lhin=toronto-central", 10)
    add(36)
    assert_page_queries(LIBRARY, 9)
    assert_page_queries(f"{LIBRARY}?q=boundaries&competency=2&lhin=toronto-central", 10)


# --- a resource's page -------------------------------------------------------------------------


def test_a_resource_page_shows_its_facts_and_marks_the_link_as_going_to_another_site(client):
    resource = ResourceFactory(
        title="Peer Support Canada",
        url="https://peersupportcanada.ca/competencies",
        language=ContentLanguage.BILINGUAL,
        competencies=[_core(5), _core(6)],
        reviewed_on=timezone.localdate() - timedelta(days=10),
    )

    response = client.get(resource.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Peer Support Canada</h1>" in page
    assert "English and French" in page
    assert "All of Ontario (provincial)" in page
    assert 'href="/training/competencies/core/5/"' in page
    assert '<a href="https://peersupportcanada.ca/competencies" rel="noopener noreferrer">' in page
    assert "(another site: peersupportcanada.ca)" in page
    assert "may be out of date" not in page


def test_a_resource_not_reviewed_for_a_year_says_it_may_be_out_of_date(client):
    resource = ResourceFactory(reviewed_on=timezone.localdate() - timedelta(days=366))

    page = client.get(resource.get_absolute_url()).content.decode()

    assert "This resource may be out of date:" in page
    assert "more than a year ago" in page


def test_a_tool_shows_its_text_cleaned_of_scripts(client):
    resource = ResourceFactory(
        kind=Resource.Kind.TOOL,
        url="",
        body='<h2>Checklist</h2><ul><li onclick="steal()">Ask</li></ul><script>x()</script>',
    )

    page = client.get(resource.get_absolute_url()).content.decode()

    assert "<h2>Checklist</h2><ul><li>Ask</li></ul>" in page
    assert "steal()" not in page
    assert "<script>x()" not in page


def test_a_resource_page_is_in_french_for_a_french_reader(client):
    resource = ResourceFactory(title="Boundaries", title_fr="Les limites")

    with translation.override("fr"):
        response = client.get(resource.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr")

    assert "<h1>Les limites</h1>" in response.content.decode()


def test_a_dead_link_is_admitted_on_the_page(client):
    resource = ResourceFactory(link_state=Resource.LinkState.DEAD)

    page = client.get(resource.get_absolute_url()).content.decode()

    assert "At our last check this link did not answer." in page


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("anonymous", 302),
        ("outsider", 404),
        ("coordinator", 404),
        ("supporting_member", 200),
        ("full_member", 200),
        ("content_editor", 200),
    ],
)
def test_a_members_only_resource_sends_the_signed_out_to_sign_in_and_hides_from_others(
    client_for, request, who, status
):
    resource = ResourceFactory(title="Members' supervision guide", access=Access.MEMBERS)

    response = client_for(request.getfixturevalue(who)).get(resource.get_absolute_url())

    assert response.status_code == status
    if status == 302:
        assert response["Location"].startswith("/accounts/login/?next=/resources/")
    if status == 404:
        assert "Members' supervision guide" not in response.content.decode()


def test_a_full_members_only_resource_is_not_found_for_a_supporting_member(
    client_for, supporting_member, full_member
):
    resource = ResourceFactory(access=Access.FULL_MEMBERS)

    assert client_for(supporting_member).get(resource.get_absolute_url()).status_code == 404
    assert client_for(full_member).get(resource.get_absolute_url()).status_code == 200


def test_a_draft_is_not_found_for_the_public_and_previewed_by_editors(client_for, content_editor):
    resource = ResourceFactory(status=Status.DRAFT)

    assert client_for(None).get(resource.get_absolute_url()).status_code == 404
    response = client_for(content_editor).get(resource.get_absolute_url())
    assert response.status_code == 200
    assert "Draft: only editors see this resource" in response.content.decode()


def test_an_unknown_resource_is_not_found(client):
    assert client.get("/resources/no-such-thing/").status_code == 404


def test_a_resource_page_runs_a_fixed_number_of_queries(assert_page_queries):
    resource = _document(competencies=list(Competency.objects.filter(framework__slug="core")))

    # The request's savepoint and its release, the resource with its LHIN, then its
    # competencies with their framework.
    assert_page_queries(resource.get_absolute_url(), 4)


# --- the download ------------------------------------------------------------------------------


def test_a_public_file_downloads_as_an_attachment_with_its_type_and_no_sniffing(client):
    resource = _document(file_name="Peer guide.pdf")

    response = client.get(f"{resource.get_absolute_url()}download/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="Peer guide.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "public" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == b"%PDF-1.4 a guide"


def test_the_page_names_the_file_its_type_and_size(client):
    resource = _document(file_name="Peer guide.pdf", file_size=2048)

    page = client.get(resource.get_absolute_url()).content.decode()

    assert "Download Peer guide.pdf" in page
    assert "(PDF document, 2.0\xa0KB)" in page


@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 302), ("outsider", 404), ("supporting_member", 200), ("network_admin", 200)],
)
def test_a_members_only_file_is_refused_like_its_page_and_never_cached_by_others(
    client_for, request, who, status
):
    resource = _document(access=Access.MEMBERS)

    response = client_for(request.getfixturevalue(who)).get(
        f"{resource.get_absolute_url()}download/"
    )

    assert response.status_code == status
    if status == 200:
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]


def test_a_stored_name_with_quotes_line_breaks_and_accents_cannot_break_the_header(client):
    resource = _document(file_name='Guide "final"\r\nSet-Cookie: x=1\n\\..\\Énoncés.pdf')

    response = client.get(f"{resource.get_absolute_url()}download/")

    disposition = response["Content-Disposition"]
    assert response.status_code == 200
    assert "\r" not in disposition
    assert "\n" not in disposition
    assert "Set-Cookie" not in response.cookies
    # Only the last part of a path is kept; non-ASCII letters travel encoded (RFC 6266).
    assert disposition == "attachment; filename*=utf-8''%C3%89nonc%C3%A9s.pdf"


def test_a_name_with_quotes_keeps_its_words_without_its_quotes(client):
    resource = _document(file_name='The "peer" guide; v2.pdf')

    response = client.get(f"{resource.get_absolute_url()}download/")

    assert response["Content-Disposition"] == 'attachment; filename="The peer guide; v2.pdf"'


def test_a_stored_type_outside_the_allowlist_is_served_as_bytes_to_save(client):
    resource = _document(file_type="text/html", file_name="page.html")

    response = client.get(f"{resource.get_absolute_url()}download/")

    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="page.bin"'


def test_a_resource_without_a_file_has_no_download(client):
    resource = ResourceFactory()

    assert client.get(f"{resource.get_absolute_url()}download/").status_code == 404


# --- the sitemap -------------------------------------------------------------------------------


def test_the_sitemap_lists_public_published_resources_only(client):
    ResourceFactory(slug="open-guide")
    ResourceFactory(slug="members-guide", access=Access.MEMBERS)
    ResourceFactory(slug="draft-guide", status=Status.DRAFT)

    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/resources/open-guide/" in sitemap
    assert "members-guide" not in sitemap
    assert "draft-guide" not in sitemap
