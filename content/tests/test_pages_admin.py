"""The page tree in the admin, for content editors and network administrators: the list in the
tree's order, adding and changing pages through the service (refusals on their fields, 400,
typed values kept), History with what changed and "Restore this version", deleting, previews,
and pictures placed through the editor."""

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from content.models import Access, Page, PageRevision, Status
from content.services.pages import page_save
from content.tests.factories import PageFactory
from network.models import AuditEntry
from tests.factories import picture_bytes
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

PAGES = "/admin/content/page/"
REQUEST_TRANSACTION = 2


def new_page(parent=None, **fields) -> Page:
    return page_save(page=PageFactory.build(parent=parent, **fields), actor=None)


def page_form(**overrides) -> dict:
    """The admin's page form as a browser sends it."""
    return {
        "parent": "",
        "slug": "how-to-get-involved",
        "order": "0",
        "show_in_navigation": "on",
        "access": str(Access.PUBLIC),
        "status": Status.PUBLISHED,
        "publish_at": "",
        "title": "How to get involved",
        "summary": "Join, train, speak, volunteer.",
        "body": "<p>Become a member.</p>",
        "title_fr": "Comment participer",
        "summary_fr": "",
        "body_fr": "<p>Devenir membre.</p>",
        **overrides,
    }


def form_errors(response) -> dict:
    return response.context["adminform"].form.errors


# --- The list -----------------------------------------------------------------------------------


def test_the_list_shows_the_tree_in_order_indented_with_status_and_rules(client, content_editor):
    who = new_page(slug="who-we-are", title="Who we are", order=0)
    new_page(who, slug="staffing", title="Staffing", order=2)
    new_page(who, slug="principles", title="Guiding principles", order=1)
    new_page(slug="handbook", title="Member handbook", order=1, access=Access.MEMBERS)
    new_page(slug="report", title="Annual report", order=3, status=Status.DRAFT)
    new_page(slug="soon", title="Conference", order=4, publish_at=timezone.now() + timedelta(1))
    sign_in(client, content_editor)

    page = client.get(PAGES).content.decode()

    titles = re.findall(r'<span aria-hidden="true">((?:— )*)</span>([^<]+)', page)
    assert titles[:6] == [
        ("", "Who we are"),
        ("— ", "Guiding principles"),
        ("— ", "Staffing"),
        ("", "Member handbook"),
        ("", "Annual report"),
        ("", "Conference"),
    ]
    assert "Draft" in page
    assert "Scheduled for" in page
    assert "Members only" in page
    assert "/who-we-are/staffing/" in page


def test_the_list_runs_the_same_queries_for_a_few_pages_or_many(
    client, content_editor, assert_page_queries
):
    sign_in(client, content_editor)
    new_page(slug="one")
    few = _queries_for(client, PAGES)
    parent = None
    for depth in range(8):
        for n in range(5):
            new_page(parent, slug=f"beside-{n}")
        parent = new_page(parent, slug=f"level-{depth}")

    assert_page_queries(PAGES, few)
    assert_page_queries(f"{PAGES}?status=draft", few)
    assert_page_queries(f"{PAGES}?q=level", few)


def test_the_change_form_runs_the_same_queries_for_a_few_pages_or_many(
    client, content_editor, assert_page_queries
):
    page = new_page(slug="faq")
    sign_in(client, content_editor)
    few = _queries_for(client, f"{PAGES}{page.pk}/change/")
    parent = None
    for depth in range(8):
        for n in range(5):
            new_page(parent, slug=f"beside-{n}")
        parent = new_page(parent, slug=f"level-{depth}")

    response = assert_page_queries(f"{PAGES}{page.pk}/change/", few)
    assert response.content.decode().count("<option") > 45  # every page offered as a parent


def _queries_for(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_filters_find_scheduled_pages_and_members_only_ones(client, network_admin):
    new_page(slug="soon", title="Conference", publish_at=timezone.now() + timedelta(days=2))
    new_page(slug="now", title="Today's page")
    handbook = new_page(slug="handbook", title="Member handbook", access=Access.MEMBERS)
    new_page(handbook, slug="inside", title="Inside the handbook", access=Access.PUBLIC)
    sign_in(client, network_admin)

    scheduled = client.get(f"{PAGES}?publication=scheduled").content.decode()
    members = client.get(f"{PAGES}?effective_access__exact=1").content.decode()

    assert "Conference" in scheduled
    assert "Today&#x27;s page" not in scheduled
    assert "Inside the handbook" in members
    assert "Conference" not in members


# --- Adding and changing ------------------------------------------------------------------------


def test_an_editor_adds_a_page_and_it_is_saved_through_the_service(client, content_editor):
    sign_in(client, content_editor)

    response = client.post(f"{PAGES}add/", page_form())

    assert response.status_code == 302
    page = Page.objects.get(path="how-to-get-involved")
    assert page.updated_by == content_editor
    assert page.revisions.get().author == content_editor
    assert AuditEntry.objects.filter(action="page.add", actor=content_editor).exists()
    assert "<p>Become a member.</p>" in client.get("/how-to-get-involved/").content.decode()


def test_the_form_offers_the_rich_text_editor_and_parents_in_the_tree_s_order(
    client, content_editor
):
    who = new_page(slug="who-we-are", title="Who we are")
    new_page(who, slug="staffing", title="Staffing")
    sign_in(client, content_editor)

    form = client.get(f"{PAGES}add/").content.decode()

    assert '<textarea  name="body" class="django_ckeditor_5"' in form
    assert '<textarea  name="body_fr" class="django_ckeditor_5"' in form
    assert ">Who we are (/who-we-are/)</option>" in form
    assert ">— Staffing (/who-we-are/staffing/)</option>" in form


def test_a_reserved_address_is_refused_on_its_field_with_everything_kept(client, content_editor):
    sign_in(client, content_editor)

    response = client.post(
        f"{PAGES}add/", page_form(slug="admin", body="<p>Kept as typed, all of it.</p>")
    )

    assert response.status_code == 400
    assert form_errors(response)["slug"] == [
        "The address /admin/ belongs to another part of the site. Choose another address, or "
        "place this page under another page."
    ]
    page = response.content.decode()
    assert "Kept as typed, all of it." in page
    assert 'value="Comment participer"' in page
    assert not Page.objects.filter(slug="admin").exists()


def test_moving_a_page_under_its_own_child_is_refused_on_the_parent_field(client, content_editor):
    who = new_page(slug="who-we-are", title="Who we are")
    staffing = new_page(who, slug="staffing", title="Staffing")
    sign_in(client, content_editor)

    response = client.post(
        f"{PAGES}{who.pk}/change/",
        page_form(parent=str(staffing.pk), slug="who-we-are", title="Who we are"),
    )

    assert response.status_code == 400
    assert form_errors(response)["parent"] == [
        "A page cannot be placed under itself or under a page that is below it. Choose another "
        "parent page."
    ]
    assert Page.objects.get(pk=who.pk).parent_id is None


def test_a_page_set_public_under_a_members_only_page_shows_its_inherited_rule(
    client, network_admin
):
    handbook = new_page(slug="handbook", access=Access.MEMBERS)
    sign_in(client, network_admin)

    client.post(f"{PAGES}add/", page_form(parent=str(handbook.pk), slug="honoraria"))

    page = Page.objects.get(path="handbook/honoraria")
    assert (page.access, page.effective_access) == (Access.PUBLIC, Access.MEMBERS)
    form = client.get(f"{PAGES}{page.pk}/change/").content.decode()
    assert "A page under a members-only page is members-only too" in form
    assert "Members only" in form


def test_a_page_scheduled_in_the_admin_waits_for_its_time(client, content_editor):
    sign_in(client, content_editor)
    when = timezone.localtime() + timedelta(days=5)

    client.post(
        f"{PAGES}add/",
        page_form(
            slug="conference",
            publish_at=when.strftime("%Y-%m-%dT%H:%M"),
        ),
    )

    page = Page.objects.get(path="conference")
    assert timezone.localtime(page.publish_at).strftime("%Y-%m-%d %H:%M") == when.strftime(
        "%Y-%m-%d %H:%M"
    )
    assert sign_in(client, None).get("/conference/").status_code == 404


def test_the_change_form_links_to_the_preview_and_the_history(client, content_editor):
    page = new_page(slug="draft", status=Status.DRAFT)
    sign_in(client, content_editor)

    form = client.get(f"{PAGES}{page.pk}/change/").content.decode()

    assert f'href="/pages/preview/{page.pk}/"' in form
    assert f'href="/admin/content/page/{page.pk}/history/"' in form


# --- History and restore ------------------------------------------------------------------------


def test_the_history_lists_each_version_with_who_when_and_what_changed(client, content_editor):
    page = page_save(
        page=PageFactory.build(slug="faq", title="FAQ", body="<p>Who may join?</p>"),
        actor=content_editor,
    )
    page.body = "<p>Who may join?</p><p>Anyone with lived experience.</p>"
    page.access = Access.MEMBERS
    page_save(page=page, actor=content_editor)
    sign_in(client, content_editor)

    response = client.get(f"{PAGES}{page.pk}/history/")

    assert response.status_code == 200
    history = response.content.decode()
    assert history.count("Saved on") == 2
    assert "(the current version)" in history
    assert "Saved by: Page Editor." in history
    assert "Added: <ins>Anyone with lived experience.</ins>" in history
    assert "Who may see it: Members only." in history
    assert history.count("Restore this version") == 1  # not on the current version


def test_restoring_a_version_from_the_history_brings_its_words_back(client, content_editor):
    page = new_page(slug="faq", title="FAQ", body="<p>The first answer.</p>")
    first = page.revisions.get()
    page.title, page.body = "Questions", "<p>A worse answer.</p>"
    page_save(page=page, actor=None)
    sign_in(client, content_editor)

    response = client.post(f"{PAGES}{page.pk}/history/{first.pk}/restore/", follow=True)

    assert response.redirect_chain[-1][0] == f"{PAGES}{page.pk}/change/"
    assert "as a new version" in response.content.decode()
    page.refresh_from_db()
    assert (page.title, page.body) == ("FAQ", "<p>The first answer.</p>")
    history = client.get(f"{PAGES}{page.pk}/history/").content.decode()
    assert "Removed: <del>A worse answer.</del>" in history


def test_a_version_of_another_page_is_not_restored_here(client, content_editor):
    page = new_page(slug="faq")
    other = new_page(slug="other")
    sign_in(client, content_editor)

    response = client.post(f"{PAGES}{page.pk}/history/{other.revisions.get().pk}/restore/")

    assert response.status_code == 404


def test_the_history_runs_the_same_queries_for_two_versions_or_twenty(
    client, content_editor, assert_page_queries
):
    page = new_page(slug="faq")
    page_save(page=page, actor=content_editor)
    sign_in(client, content_editor)
    two = _queries_for(client, f"{PAGES}{page.pk}/history/")
    for n in range(18):
        page.body = f"<p>Version {n}</p>"
        page_save(page=page, actor=content_editor)

    response = assert_page_queries(f"{PAGES}{page.pk}/history/", two)
    assert response.content.decode().count("Saved on") == 20


# --- Deleting -----------------------------------------------------------------------------------


def test_deleting_a_page_with_pages_under_it_says_why_instead_of_failing(client, content_editor):
    who = new_page(slug="who-we-are", title="Who we are")
    new_page(who, slug="staffing")
    sign_in(client, content_editor)

    for method in (client.get, client.post):
        response = method(f"{PAGES}{who.pk}/delete/", follow=True)
        assert response.redirect_chain[-1][0] == f"{PAGES}{who.pk}/change/"
        assert "“Who we are” has 1 page under it, so it cannot be deleted." in (
            response.content.decode()
        )
    assert Page.objects.filter(pk=who.pk).exists()


def test_the_delete_action_removes_pages_through_the_service_never_a_parent_alone(
    client, content_editor
):
    who = new_page(slug="who-we-are")
    staffing = new_page(who, slug="staffing")
    old = new_page(slug="old")
    sign_in(client, content_editor)

    # Django's confirmation names the page under "who-we-are" that blocks it; nothing goes.
    blocked = client.post(
        PAGES, {"action": "delete_selected", "_selected_action": [who.pk], "post": "yes"}
    )
    assert blocked.status_code == 200
    assert "protected" in blocked.content.decode()
    assert Page.objects.filter(pk=who.pk).exists()

    response = client.post(
        PAGES,
        {"action": "delete_selected", "_selected_action": [staffing.pk, old.pk], "post": "yes"},
    )

    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[staffing.pk, old.pk]).exists()
    assert AuditEntry.objects.filter(action="page.delete").count() == 2


def test_a_statement_is_not_deleted_from_the_admin(client, network_admin):
    privacy = Page.objects.get(path="privacy")
    sign_in(client, network_admin)

    response = client.post(f"{PAGES}{privacy.pk}/delete/", {"post": "yes"}, follow=True)

    assert "Every page of the site links to “Privacy statement”" in response.content.decode()
    assert Page.objects.filter(pk=privacy.pk).exists()


def test_a_page_alone_is_deleted_with_its_history(client, content_editor):
    page = new_page(slug="old")
    sign_in(client, content_editor)

    response = client.post(f"{PAGES}{page.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()
    assert not PageRevision.objects.filter(page_id=page.pk).exists()


# --- Pictures placed through the editor ---------------------------------------------------------


def test_a_picture_uploaded_in_the_editor_is_shown_on_the_page_from_this_site(
    client, content_editor
):
    sign_in(client, content_editor)
    upload = SimpleUploadedFile("photo.jpg", picture_bytes(size=(2400, 1200)), "image/jpeg")
    url = client.post("/editor/upload/", {"upload": upload}).json()["url"]

    client.post(
        f"{PAGES}add/",
        page_form(
            slug="gathering",
            body=(
                f'<figure><img src="{url}" alt="Peers at the annual gathering"></figure>'
                '<p><img src="https://tracker.example/pixel.gif" alt=""></p>'
            ),
        ),
    )

    public = sign_in(client, None).get("/gathering/").content.decode()
    assert f'<img src="{url}" alt="Peers at the annual gathering">' in public
    assert "tracker.example" not in public
    picture = client.get(url)
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/jpeg"
