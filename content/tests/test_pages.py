"""The page tree as people see it: each page at its address with breadcrumbs and its section,
who may see what (inherited from the pages above), drafts and scheduled pages previewed by
editors only, "About the network", the statements in the footer, and the sitemap."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from content.models import Access, Page, Status
from content.services.pages import page_save
from content.tests.factories import PageFactory

pytestmark = pytest.mark.django_db

# In tests each request's transaction (ATOMIC_REQUESTS) shows as SAVEPOINT and RELEASE.
REQUEST_TRANSACTION = 2
SIGNED_IN = 2  # the session, and the person with their roles


def child(parent: Page, **fields) -> Page:
    """A page under `parent`, saved as editors save (the tree's columns kept in step)."""
    return page_save(page=PageFactory.build(parent=parent, **fields), actor=None)


def content_of(response) -> str:
    """The page's own part: between the breadcrumbs and the footer."""
    page = response.content.decode()
    return page[page.index('id="main"') : page.index('class="site-footer"')]


# --- A page at its address --------------------------------------------------------------------


def test_a_public_page_shows_its_title_summary_text_and_last_update(client):
    PageFactory(
        slug="who-we-are",
        title="Who we are",
        summary="A peer-run network.",
        body="<p>People with lived experience of substance use.</p>",
    )

    response = client.get("/who-we-are/")

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert "<h1>Who we are</h1>" in page
    assert '<p class="lead">A peer-run network.</p>' in page
    assert "<p>People with lived experience of substance use.</p>" in page
    assert "Last updated" in page
    assert "<title>Who we are · Ontario Peer Support Network</title>" in page


def test_a_page_is_shown_in_french_to_a_french_speaker_and_falls_back_to_english(client):
    PageFactory(slug="faq", title="FAQ", title_fr="Foire aux questions", body_fr="")
    client.cookies["django_language"] = "fr"

    page = client.get("/faq/").content.decode()

    assert '<html lang="fr"' in page
    assert "<h1>Foire aux questions</h1>" in page
    assert "<p>The text of FAQ.</p>" in page  # no French text yet: the English one


def test_a_page_under_another_has_breadcrumbs_back_up_the_tree(client):
    top = PageFactory(slug="who-we-are", title="Who we are")
    middle = child(top, slug="structure", title="Structure")
    child(middle, slug="staffing", title="Staffing")

    page = client.get("/who-we-are/structure/staffing/").content.decode()

    crumbs = page[page.index('aria-label="Breadcrumb"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]
    assert '<a href="/">Home</a>' in crumbs
    assert '<a href="/about/">About the network</a>' in crumbs
    assert '<a href="/who-we-are/">Who we are</a>' in crumbs
    assert '<a href="/who-we-are/structure/">Structure</a>' in crumbs
    assert '<li aria-current="page">Staffing</li>' in crumbs


def test_the_section_lists_the_pages_beside_this_one_and_those_under_it(client):
    top = PageFactory(slug="who-we-are", title="Who we are")
    principles = child(top, slug="principles", title="Guiding principles", order=1)
    child(top, slug="staffing", title="Staffing", order=2)
    child(top, slug="hidden", title="Not in the navigation", show_in_navigation=False)
    child(top, slug="draft", title="A draft", status=Status.DRAFT)
    child(principles, slug="values", title="Our values")

    page = client.get("/who-we-are/principles/").content.decode()

    section = page[page.index('class="panel section-nav"') :]
    section = section[: section.index("</nav>")]
    assert "In this section" in section
    assert '<a href="/who-we-are/">Who we are</a>' in section
    assert '<a href="/who-we-are/principles/" aria-current="page">Guiding principles</a>' in section
    assert '<a href="/who-we-are/staffing/">Staffing</a>' in section
    assert '<a href="/who-we-are/principles/values/">Our values</a>' in section
    assert section.index("Guiding principles") < section.index("Staffing")
    assert "Not in the navigation" not in section
    assert "A draft" not in section


def test_a_top_level_page_lists_the_pages_under_it_and_a_page_alone_no_section(client):
    top = PageFactory(slug="get-involved", title="How to get involved")
    child(top, slug="volunteer", title="Volunteer")
    PageFactory(slug="alone", title="Alone")

    page = client.get("/get-involved/").content.decode()
    alone = client.get("/alone/").content.decode()

    assert '<a href="/get-involved/" aria-current="page">How to get involved</a>' in page
    assert '<a href="/get-involved/volunteer/">Volunteer</a>' in page
    assert "In this section" not in alone


def test_an_address_that_is_no_page_is_404_and_so_is_one_with_dots(client):
    PageFactory(slug="faq")

    assert client.get("/no-such-page/").status_code == 404
    assert client.get("/faq/no-such-child/").status_code == 404
    # Not a page address at all: no redirect to /favicon.ico/.
    assert client.get("/favicon.ico").status_code == 404


def test_an_address_longer_than_any_page_is_404_without_a_query(client, django_assert_num_queries):
    # the request's savepoint, rolled back by the 404, then released: no SELECT
    with django_assert_num_queries(REQUEST_TRANSACTION + 1):
        response = client.get("/" + "a/" * 300)

    assert response.status_code == 404


# --- Who may see it ---------------------------------------------------------------------------


def test_a_members_only_page_sends_the_signed_out_to_sign_in(client):
    PageFactory(slug="member-handbook", access=Access.MEMBERS)

    response = client.get("/member-handbook/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/member-handbook/"


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("outsider", 404),
        ("coordinator", 404),
        ("supporting_member", 200),
        ("full_member", 200),
        ("content_editor", 200),
    ],
)
def test_a_members_only_page_is_404_to_who_is_not_a_member(client_for, request, role, status):
    PageFactory(slug="member-handbook", access=Access.MEMBERS, title="Member handbook")
    client = client_for(request.getfixturevalue(role))

    response = client.get("/member-handbook/")

    assert response.status_code == status
    if status == 200:
        assert '<span class="badge">Members only</span>' in response.content.decode()


@pytest.mark.parametrize(
    ("role", "status"),
    [("supporting_member", 404), ("full_member", 200), ("forum_moderator", 200)],
)
def test_a_full_members_only_page_is_for_full_members(client_for, request, role, status):
    PageFactory(slug="peer-space", access=Access.FULL_MEMBERS)

    response = client_for(request.getfixturevalue(role)).get("/peer-space/")

    assert response.status_code == status


def test_a_page_under_a_members_only_page_is_members_only_even_when_set_public(
    client_for, outsider, supporting_member
):
    handbook = PageFactory(slug="member-handbook", access=Access.MEMBERS)
    honoraria = child(handbook, slug="honoraria", access=Access.PUBLIC, title="Honoraria")

    assert honoraria.effective_access == Access.MEMBERS
    assert client_for(None).get("/member-handbook/honoraria/").status_code == 302
    assert client_for(outsider).get("/member-handbook/honoraria/").status_code == 404
    assert client_for(supporting_member).get("/member-handbook/honoraria/").status_code == 200


def test_when_a_section_becomes_members_only_later_every_page_under_it_follows(
    client_for, outsider
):
    section = PageFactory(slug="projects")
    middle = child(section, slug="regional", access=Access.PUBLIC)
    deepest = child(middle, slug="dialogues", access=Access.PUBLIC)
    assert client_for(None).get("/projects/regional/dialogues/").status_code == 200

    section.access = Access.MEMBERS
    page_save(page=section, actor=None)

    deepest.refresh_from_db()
    assert deepest.effective_access == Access.MEMBERS
    assert client_for(None).get("/projects/regional/dialogues/").status_code == 302
    assert client_for(outsider).get("/projects/regional/dialogues/").status_code == 404

    section.access = Access.PUBLIC
    page_save(page=section, actor=None)

    assert client_for(None).get("/projects/regional/dialogues/").status_code == 200


def test_a_page_moved_under_a_full_members_only_page_takes_its_rule_and_address(client_for):
    peer_space = PageFactory(slug="peer-space", access=Access.FULL_MEMBERS)
    guide = PageFactory(slug="guide")
    below = child(guide, slug="step-one")

    guide.parent = peer_space
    page_save(page=guide, actor=None)

    below.refresh_from_db()
    assert below.path == "peer-space/guide/step-one"
    assert below.depth == 2
    assert below.effective_access == Access.FULL_MEMBERS
    assert client_for(None).get("/guide/step-one/").status_code == 404
    assert client_for(None).get("/peer-space/guide/step-one/").status_code == 302


# --- Drafts and scheduled pages ----------------------------------------------------------------


def test_a_draft_is_404_to_the_public_and_shown_to_editors_with_a_banner(
    client_for, full_member, content_editor
):
    PageFactory(slug="annual-report", status=Status.DRAFT, title="Annual report")

    assert client_for(None).get("/annual-report/").status_code == 404
    assert client_for(full_member).get("/annual-report/").status_code == 404
    response = client_for(content_editor).get("/annual-report/")

    assert response.status_code == 200
    banner = content_of(response)
    assert 'class="notice notice--draft" role="note"' in banner
    assert "this page is not published. Only editors see it." in banner


def test_a_scheduled_page_is_404_before_its_time_previewed_by_editors_and_public_after(
    client_for, network_admin
):
    page = PageFactory(slug="conference", publish_at=timezone.now() + timedelta(days=3))

    assert client_for(None).get("/conference/").status_code == 404
    preview = client_for(network_admin).get("/conference/")
    assert preview.status_code == 200
    assert "Scheduled:" in content_of(preview)
    assert "this page will be published on" in content_of(preview)

    Page.objects.filter(pk=page.pk).update(publish_at=timezone.now() - timedelta(minutes=1))

    assert client_for(None).get("/conference/").status_code == 200


def test_a_published_page_under_a_draft_is_not_public_either(client_for, content_editor):
    draft = PageFactory(slug="new-section", status=Status.DRAFT, title="New section")
    child(draft, slug="first", title="First page")

    assert client_for(None).get("/new-section/first/").status_code == 404
    response = client_for(content_editor).get("/new-section/first/")
    assert response.status_code == 200
    assert "the page above this one, “New section”, is not published yet" in content_of(response)


def test_the_preview_address_shows_any_page_to_editors_only(client_for, request):
    draft = PageFactory(slug="draft", status=Status.DRAFT, title="Draft page")
    live = PageFactory(slug="live", title="Live page")

    for role in ("outsider", "full_member", "coordinator"):
        client = client_for(request.getfixturevalue(role))
        assert client.get(f"/pages/preview/{draft.pk}/").status_code == 404
    assert client_for(None).get(f"/pages/preview/{draft.pk}/").status_code == 404
    editor = client_for(request.getfixturevalue("content_editor"))
    response = editor.get(f"/pages/preview/{draft.pk}/")
    assert response.status_code == 200
    assert "<h1>Draft page</h1>" in response.content.decode()
    assert f'href="/admin/content/page/{draft.pk}/change/"' in content_of(response)
    assert "this page is published" in content_of(editor.get(f"/pages/preview/{live.pk}/"))
    assert editor.get("/pages/preview/999999/").status_code == 404


# --- About the network ------------------------------------------------------------------------


def test_about_lists_the_tree_the_visitor_may_see_in_the_editors_order(client):
    who = PageFactory(slug="who-we-are", title="Who we are", order=0, summary="Our purpose.")
    child(who, slug="staffing", title="Staffing")
    PageFactory(slug="get-involved", title="How to get involved", order=1)
    handbook = PageFactory(slug="handbook", title="Member handbook", access=Access.MEMBERS)
    child(handbook, slug="honoraria", title="Honoraria", access=Access.PUBLIC)
    PageFactory(slug="draft", title="A draft", status=Status.DRAFT)
    PageFactory(slug="soon", title="Soon", publish_at=timezone.now() + timedelta(days=1))
    PageFactory(slug="quiet", title="Quiet", show_in_navigation=False)

    page = client.get("/about/").content.decode()

    assert "<h1>About the network</h1>" in page
    assert '<h2><a href="/who-we-are/">Who we are</a></h2>' in page
    assert "Our purpose." in page
    assert '<a href="/who-we-are/staffing/">Staffing</a>' in page
    assert page.index("Who we are") < page.index("How to get involved")
    for hidden in ("Member handbook", "Honoraria", "A draft", "Soon", "Quiet"):
        assert hidden not in page


def test_about_shows_members_their_pages_marked_members_only(client_for, supporting_member):
    handbook = PageFactory(slug="handbook", title="Member handbook", access=Access.MEMBERS)
    child(handbook, slug="honoraria", title="Honoraria", access=Access.PUBLIC)
    PageFactory(slug="peer-space", title="Peer-only space", access=Access.FULL_MEMBERS)

    page = client_for(supporting_member).get("/about/").content.decode()

    badge = '<span class="badge">Members only</span>'
    assert f'<a href="/handbook/">Member handbook</a> {badge}' in page
    assert '<a href="/handbook/honoraria/">Honoraria</a> <span class="badge">Members only' in page
    assert "Peer-only space" not in page


# --- The statements in the footer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "english", "french"),
    [
        ("/privacy/", "Privacy statement", "Énoncé de confidentialité"),
        ("/disclaimer/", "Disclaimer", "Avis de non-responsabilité"),
        ("/accessibility/", "Accessibility statement", "Énoncé d'accessibilité"),
    ],
)
def test_the_statements_are_pages_of_the_tree_in_english_and_french(client, url, english, french):
    page = client.get(url).content.decode()
    client.cookies["django_language"] = "fr"
    page_fr = client.get(url).content.decode()

    assert f"<h1>{english}</h1>" in page
    assert f"<h1>{french}</h1>" in page_fr.replace("&#x27;", "'")
    assert Page.objects.get(path=url.strip("/")).revisions.count() == 1


def test_the_privacy_statement_keeps_its_words_and_its_links(client, settings):
    page = client.get("/privacy/").content.decode()

    assert "Safety and anonymity come first" in page
    assert "No analytics, no advertising and no tracking of any kind." in page
    assert 'href="/members/my-data/"' in page
    assert f'href="mailto:{settings.NETWORK_CONTACT_EMAIL}"' in page


def test_the_accessibility_statement_names_the_standard_and_how_to_report_a_barrier(client):
    page = client.get("/accessibility/").content.decode()

    assert "WCAG" in page
    assert "Report a barrier or ask for an accessible format" in page


# --- The sitemap ------------------------------------------------------------------------------


def test_the_sitemap_lists_live_public_pages_and_nothing_else(client):
    who = PageFactory(slug="who-we-are")
    child(who, slug="staffing")
    handbook = PageFactory(slug="handbook", access=Access.MEMBERS)
    child(handbook, slug="honoraria", access=Access.PUBLIC)
    PageFactory(slug="peer-space", access=Access.FULL_MEMBERS)
    draft = PageFactory(slug="draft-section", status=Status.DRAFT)
    child(draft, slug="under-a-draft")
    PageFactory(slug="soon", publish_at=timezone.now() + timedelta(days=1))

    sitemap = client.get("/sitemap.xml").content.decode()

    locations = set(re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", sitemap))
    assert {"/who-we-are/", "/who-we-are/staffing/", "/privacy/"} <= locations
    for hidden in ("handbook", "honoraria", "peer-space", "draft-section", "under-a-draft", "soon"):
        assert not any(hidden in location for location in locations), hidden


# --- Speed ------------------------------------------------------------------------------------


def _deep_tree_with_many_pages() -> Page:
    """A branch twelve pages deep, each level with many pages beside it; the deepest page."""
    parent = None
    for depth in range(12):
        for n in range(6):
            sibling = PageFactory.build(parent=parent, slug=f"beside-{depth}-{n}")
            page_save(page=sibling, actor=None)
        parent = page_save(page=PageFactory.build(parent=parent, slug=f"level-{depth}"), actor=None)
    for n in range(20):
        page_save(page=PageFactory.build(parent=parent, slug=f"under-{n}"), actor=None)
    return parent


def test_a_page_runs_the_same_queries_at_the_top_or_twelve_pages_deep(assert_page_queries):
    top = PageFactory(slug="top")
    deepest = _deep_tree_with_many_pages()

    assert_page_queries(top.get_absolute_url(), REQUEST_TRANSACTION + 2)
    response = assert_page_queries(deepest.get_absolute_url(), REQUEST_TRANSACTION + 2)
    assert response.content.decode().count('<a href="/level-0/') >= 30


def test_a_signed_in_member_reads_a_deep_page_in_a_pinned_number_of_queries(
    client, full_member, assert_page_queries
):
    deepest = _deep_tree_with_many_pages()
    client.force_login(full_member)

    assert_page_queries(deepest.get_absolute_url(), REQUEST_TRANSACTION + SIGNED_IN + 2)


def test_about_runs_one_query_for_a_few_pages_or_many(assert_page_queries):
    PageFactory.create_batch(3)
    assert_page_queries("/about/", REQUEST_TRANSACTION + 1)
    _deep_tree_with_many_pages()

    response = assert_page_queries("/about/", REQUEST_TRANSACTION + 1)
    assert response.content.decode().count("<li") > 80


def test_the_sitemap_runs_the_same_queries_for_a_few_pages_or_many(client):
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap.xml")
    _deep_tree_with_many_pages()

    with CaptureQueriesContext(connection) as many:
        response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response.content.decode().count("<loc>") > 80
    assert len(many) == len(few)


def test_an_editor_previews_a_deep_draft_in_a_pinned_number_of_queries(
    client, content_editor, assert_page_queries
):
    deepest = _deep_tree_with_many_pages()
    draft = page_save(
        page=PageFactory.build(parent=deepest, slug="draft", status=Status.DRAFT), actor=None
    )
    client.force_login(content_editor)

    # its address, then the page with the pages above it, and its section's pages
    response = assert_page_queries(
        f"/pages/preview/{draft.pk}/", REQUEST_TRANSACTION + SIGNED_IN + 3
    )
    assert "this page is not published" in content_of(response)
