"""Saving pages (content.services.pages): the checks on a page's place in the tree, the pages
below following a move, the revisions kept and restored, deleting, and the audit trail."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import include, path

from content.models import Access, Page, PageRevision, Status
from content.services import pages as services
from content.services.pages import (
    REVISIONS_KEPT,
    PageError,
    page_delete,
    page_restore,
    page_save,
    reserved_slugs,
)
from content.tests.factories import PageFactory
from network.models import AuditEntry
from network.urls import urlpatterns as project_urlpatterns

pytestmark = pytest.mark.django_db


def new_page(parent=None, **fields) -> Page:
    return page_save(page=PageFactory.build(parent=parent, **fields), actor=None)


def refused(page: Page) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as error:
        page_save(page=page, actor=None)
    return error.value.message_dict


# --- Addresses other routes use -----------------------------------------------------------------


def test_the_reserved_addresses_are_read_from_the_site_routes():
    taken = reserved_slugs()

    for slug in ("admin", "accounts", "members", "governance", "training", "speakers", "about"):
        assert slug in taken
    for slug in ("pages", "editor", "i18n", "health", "support-now", "contact", "sitemap.xml"):
        assert slug in taken
    assert {"static", "media"} <= taken
    # The statements are served by the page view itself: their addresses are pages' own.
    assert not {"privacy", "disclaimer", "accessibility"} & taken


# A route another part adds later (news, say) is reserved without a list to keep up to date.
urlpatterns = [path("news/", include([])), *project_urlpatterns]


@pytest.mark.urls("content.tests.test_pages_services")
def test_a_route_added_later_is_reserved_too():
    assert "news" in reserved_slugs()


@pytest.mark.parametrize("slug", ["admin", "accounts", "about", "pages", "support-now"])
def test_a_top_level_page_may_not_take_another_route_s_address(slug):
    problems = refused(PageFactory.build(slug=slug))

    assert problems["slug"] == [
        f"The address /{slug}/ belongs to another part of the site. Choose another address, "
        "or place this page under another page."
    ]
    assert not Page.objects.filter(slug=slug).exists()


def test_a_page_under_another_may_use_a_reserved_word():
    parent = new_page(slug="get-involved")

    page = new_page(parent, slug="training")

    assert page.path == "get-involved/training"


def test_two_pages_in_one_place_may_not_share_an_address():
    parent = new_page(slug="who-we-are")
    new_page(parent, slug="staffing")

    problems = refused(PageFactory.build(parent=parent, slug="staffing"))

    assert problems["slug"] == [
        "Another page already has the address /who-we-are/staffing/. Choose another address."
    ]


def test_an_address_that_would_outgrow_the_column_is_refused_on_its_field():
    parent = new_page(slug="a" * 80)
    for _ in range(3):
        parent = new_page(parent, slug="b" * 80)

    problems = refused(PageFactory.build(parent=parent, slug="c" * 80))

    assert "longer than 400 characters" in problems["slug"][0]


# --- Moving pages -------------------------------------------------------------------------------


def test_a_page_may_not_be_moved_under_itself_or_a_page_below_it():
    top = new_page(slug="who-we-are")
    middle = new_page(top, slug="structure")
    bottom = new_page(middle, slug="staffing")

    for new_parent in (top, middle, bottom):
        top.parent = Page.objects.get(pk=new_parent.pk)
        problems = refused(top)
        assert problems["parent"] == [
            "A page cannot be placed under itself or under a page that is below it. Choose "
            "another parent page."
        ]
    top.refresh_from_db()
    assert top.parent_id is None
    assert Page.objects.get(pk=bottom.pk).path == "who-we-are/structure/staffing"


def test_renaming_a_section_moves_every_page_below_it():
    top = new_page(slug="who-we-are")
    middle = new_page(top, slug="structure")
    bottom = new_page(middle, slug="staffing")
    elsewhere = new_page(slug="who-we-are-not")

    top.slug = "about-us"
    page_save(page=top, actor=None)

    assert Page.objects.get(pk=middle.pk).path == "about-us/structure"
    assert Page.objects.get(pk=bottom.pk).path == "about-us/structure/staffing"
    assert Page.objects.get(pk=elsewhere.pk).path == "who-we-are-not"


def test_moving_a_branch_up_sets_the_depth_of_every_page_in_it():
    top = new_page(slug="top")
    branch = new_page(new_page(top, slug="middle"), slug="branch")
    leaf = new_page(new_page(branch, slug="twig"), slug="leaf")

    branch.parent = None
    page_save(page=branch, actor=None)

    leaf.refresh_from_db()
    assert (leaf.path, leaf.depth) == ("branch/twig/leaf", 2)


def test_the_pages_below_follow_in_the_same_number_of_queries_however_deep(django_user_model):
    def section_of_depth(slug: str, depth: int) -> Page:
        top = parent = new_page(slug=slug)
        for level in range(depth):
            for n in range(3):
                new_page(parent, slug=f"beside-{n}")
            parent = new_page(parent, slug=f"level-{level}")
        return top

    def queries_to_rename(page: Page) -> int:
        page.slug = f"{page.slug}-renamed"
        page.access = Access.MEMBERS
        with CaptureQueriesContext(connection) as queries:
            page_save(page=page, actor=None)
        return len(queries)

    shallow = queries_to_rename(section_of_depth("shallow", 1))
    deep = queries_to_rename(section_of_depth("deep", 8))

    assert shallow == deep
    assert Page.objects.filter(path__startswith="deep-renamed/", effective_access=1).count() == 32


# --- The statements -----------------------------------------------------------------------------


def test_a_statement_keeps_its_address_and_stays_public_and_published():
    privacy = Page.objects.get(path="privacy")

    privacy.slug = "our-privacy"
    assert "its address cannot change" in refused(privacy)["slug"][0]
    privacy.refresh_from_db()
    privacy.parent = new_page(slug="about-us")
    assert "its address cannot change" in refused(privacy)["parent"][0]
    privacy.refresh_from_db()
    privacy.access = Access.MEMBERS
    privacy.status = Status.DRAFT
    problems = refused(privacy)
    assert problems["access"] == [
        "Every page of the site links to this statement, so it stays public."
    ]
    assert problems["status"] == [
        "Every page of the site links to this statement, so it stays published."
    ]


def test_a_statement_cannot_be_deleted():
    with pytest.raises(PageError) as error:
        page_delete(page=Page.objects.get(path="disclaimer"), actor=None)

    assert (
        error.value.message
        == "Every page of the site links to “Disclaimer”, so it cannot be deleted."
    )
    assert Page.objects.filter(path="disclaimer").exists()


def test_a_statement_s_text_may_be_edited():
    accessibility = Page.objects.get(path="accessibility")
    accessibility.body = "<p>We respond within 3 business days.</p>"

    page_save(page=accessibility, actor=None)

    assert (
        Page.objects.get(path="accessibility").body == "<p>We respond within 3 business days.</p>"
    )


# --- Revisions ----------------------------------------------------------------------------------


def test_each_save_records_what_the_page_said_and_who_saved_it(content_editor):
    page = page_save(
        page=PageFactory.build(slug="faq", title="FAQ", body="<p>One</p>"), actor=content_editor
    )
    page.title_fr = "Foire aux questions"
    page.body = "<p>One</p><p>Two</p>"
    page.access = Access.MEMBERS
    page_save(page=page, actor=content_editor)

    latest, first = page.revisions.all()
    assert first.body == "<p>One</p>"
    assert (latest.title_fr, latest.body) == ("Foire aux questions", "<p>One</p><p>Two</p>")
    assert latest.access == Access.MEMBERS
    assert latest.status == Status.PUBLISHED
    assert latest.author == content_editor
    entry = AuditEntry.objects.filter(action="page.change").get()
    assert entry.actor == content_editor
    assert entry.data["path"] == "faq"


def test_only_the_last_25_revisions_are_kept():
    page = new_page(slug="faq")
    for n in range(REVISIONS_KEPT + 5):
        page.body = f"<p>Version {n}</p>"
        page_save(page=page, actor=None)

    kept = list(page.revisions.values_list("body", flat=True))

    assert len(kept) == REVISIONS_KEPT
    assert kept[0] == f"<p>Version {REVISIONS_KEPT + 4}</p>"
    assert kept[-1] == "<p>Version 5</p>"
    assert PageRevision.objects.count() == REVISIONS_KEPT + 3  # and the three statements' first


def test_restoring_brings_back_the_words_and_keeps_who_may_see_it(content_editor):
    page = new_page(slug="faq", title="FAQ", summary="Old summary", body="<p>Old text</p>")
    first = page.revisions.get()
    page.title, page.summary, page.body = "New FAQ", "New summary", "<p>New text</p>"
    page.access = Access.MEMBERS
    page_save(page=page, actor=None)

    page_restore(page=page, revision=first, actor=content_editor)

    page.refresh_from_db()
    assert (page.title, page.summary, page.body) == ("FAQ", "Old summary", "<p>Old text</p>")
    assert page.access == Access.MEMBERS
    assert page.revisions.count() == 3
    assert page.revisions.first().author == content_editor
    assert "restored the version saved at" in AuditEntry.objects.latest("pk").data["note"]


def test_a_revision_of_another_page_is_not_restored():
    page = new_page(slug="faq", title="FAQ")
    other = new_page(slug="other", title="Other")

    with pytest.raises(PageError, match="belongs to another page"):
        page_restore(page=page, revision=other.revisions.get(), actor=None)

    assert Page.objects.get(pk=page.pk).title == "FAQ"


# --- Deleting -----------------------------------------------------------------------------------


def test_a_page_with_pages_under_it_is_not_deleted():
    parent = new_page(slug="who-we-are", title="Who we are")
    new_page(parent, slug="staffing")
    new_page(parent, slug="principles")

    with pytest.raises(PageError) as error:
        page_delete(page=parent, actor=None)

    assert error.value.message == (
        "“Who we are” has 2 pages under it, so it cannot be deleted. Move those pages elsewhere "
        "or delete them first."
    )
    assert Page.objects.filter(pk=parent.pk).exists()


def test_a_page_with_nothing_under_it_is_deleted_with_its_revisions_and_audited(content_editor):
    page = new_page(slug="old-news")

    page_delete(page=page, actor=content_editor)

    assert not Page.objects.filter(pk=page.pk).exists()
    assert not PageRevision.objects.filter(page_id=page.pk).exists()
    assert AuditEntry.objects.get(action="page.delete").data == {"path": "old-news"}


def test_the_checks_change_nothing():
    page = new_page(slug="faq")
    page.slug = "admin"

    assert services.page_problems(page)["slug"]
    assert Page.objects.get(pk=page.pk).slug == "faq"
