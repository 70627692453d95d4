"""The home page: the editable hero (its picture checked, re-encoded and described), the latest
news and what's on for the person reading, the call to join, its admin and its demo."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from content.demo import home as demo
from content.models import Access, HomePage, Status
from network.models import AuditEntry
from tests.factories import picture_bytes, picture_file
from tests.plugin import sign_in
from training.tests.factories_sessions import SessionFactory

from .factories import EventFactory, HomePageFactory, NewsPostFactory

pytestmark = pytest.mark.django_db

REQUEST_TRANSACTION = 2  # SAVEPOINT and RELEASE of the request's transaction, in tests


def _hero_name(home: HomePage) -> str:
    return home.hero_image.name.rsplit("/", 1)[-1]


# --- the hero ------------------------------------------------------------------------------------


def test_without_a_hero_the_home_page_says_what_the_network_is_without_a_picture(client):
    page = client.get("/").content.decode()

    assert "<h1>Peer support, by and for people with lived experience</h1>" in page
    assert "people with lived\n            and living experience" not in page  # trimmed
    assert "provincial network of, by and for people with lived and living experience" in page
    assert "<img" not in page
    assert "The six core competencies" in page
    assert "Who can join" in page


def test_the_hero_shows_its_headline_introduction_and_described_picture(client):
    home = HomePageFactory(
        headline="Welcome, peers",
        introduction="First line.\n\nSecond paragraph.",
        hero_image=picture_file(),
        hero_image_alt="Circles around a table",
        hero_image_alt_fr="Des cercles autour d'une table",
    )

    page = client.get("/").content.decode()

    assert "<h1>Welcome, peers</h1>" in page
    assert "<p>First line.</p>\n\n<p>Second paragraph.</p>" in page
    assert (
        f'<img class="hero__picture" src="/home/hero/{_hero_name(home)}" '
        'alt="Circles around a table">'
    ) in page
    assert page.count("<h1") == 1


def test_a_french_reader_reads_the_hero_in_french(client):
    HomePageFactory(
        hero_image=picture_file(), hero_image_alt="Circles", hero_image_alt_fr="Cercles"
    )
    client.cookies["django_language"] = "fr"

    page = client.get("/").content.decode()

    assert "Le soutien par les pairs, par et pour les personnes ayant un vécu" in page
    assert "Un réseau provincial de personnes ayant un vécu." in page
    assert 'alt="Cercles"' in page


def test_the_hero_picture_is_served_from_this_site_and_cached_for_good(client):
    home = HomePageFactory(hero_image=picture_file(), hero_image_alt="Circles")

    response = client.get(f"/home/hero/{_hero_name(home)}")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "immutable" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8")


@pytest.mark.parametrize(
    "name",
    [
        "0123456789abcdef0123456789abcdef.jpg",
        "..%5Csecret.jpg",
        "0123456789ABCDEF0123456789ABCDEF.jpg",
        "hero.png",
        "x" * 300,
    ],
)
def test_any_other_picture_name_is_not_found(client, name):
    default_storage.save("home/0123456789abcdef0123456789abcdef.jpg", ContentFile(b"old"))
    HomePageFactory(hero_image=picture_file(), hero_image_alt="Circles")

    assert client.get(f"/home/hero/{name}").status_code == 404


# --- the latest news and what's on ---------------------------------------------------------------


def test_the_three_latest_news_posts_the_reader_may_see_are_shown_newest_first(client, full_member):
    now = timezone.now()
    for days in range(1, 6):
        NewsPostFactory(title=f"Public news {days}", published_at=now - timedelta(days=days))
    NewsPostFactory(title="Members news", access=Access.MEMBERS, published_at=now)
    NewsPostFactory(title="Draft news", status=Status.DRAFT, published_at=now)
    NewsPostFactory(title="Scheduled news", published_at=now + timedelta(hours=2))

    public = client.get("/").content.decode()
    member = sign_in(client, full_member).get("/").content.decode()

    assert (
        public.index("Public news 1")
        < public.index("Public news 2")
        < public.index("Public news 3")
    )
    assert "Public news 4" not in public
    assert "Members news" not in public
    assert "Members news" in member
    assert "Public news 3" not in member
    for page in (public, member):
        assert "Draft news" not in page
        assert "Scheduled news" not in page
    assert 'href="/news/' in public


def test_the_next_events_the_reader_may_see_are_shown_soonest_first(client, supporting_member):
    now = timezone.now()
    for days in range(1, 7):
        EventFactory(title=f"Circle {days}", starts_at=now + timedelta(days=days))
    EventFactory(title="Members circle", access=Access.MEMBERS, starts_at=now + timedelta(hours=2))
    EventFactory(
        title="Past circle",
        starts_at=now - timedelta(days=2),
        ends_at=now - timedelta(days=2, hours=-1),
    )
    EventFactory(title="Cancelled circle", cancelled=True, starts_at=now + timedelta(hours=1))
    EventFactory(title="Draft circle", status=Status.DRAFT, starts_at=now + timedelta(hours=1))
    EventFactory(title="Online circle", place="", online_url="https://meet.example.org/x")

    public = client.get("/").content.decode()
    member = sign_in(client, supporting_member).get("/").content.decode()

    assert public.index("Circle 1") < public.index("Circle 2") < public.index("Circle 4")
    assert "Circle 5" not in public
    assert "Members circle" not in public
    assert "Members circle" in member
    for page in (public, member):
        for hidden in ("Past circle", "Cancelled circle", "Draft circle"):
            assert hidden not in page
    assert "519 Church Street, Toronto" in public
    assert "(Provincial)" in public
    assert 'href="/events/' in public


def test_an_event_happening_now_is_still_on(client):
    now = timezone.now()
    EventFactory(title="Going on now", starts_at=now - timedelta(hours=1))

    assert "Going on now" in client.get("/").content.decode()


def test_an_online_event_says_online_and_never_shows_its_link(client):
    EventFactory(title="Online circle", place="", online_url="https://meet.example.org/secret")

    page = client.get("/").content.decode()

    assert "Online" in page
    assert "meet.example.org" not in page


def test_with_nothing_published_the_sections_say_so(client):
    page = client.get("/").content.decode()

    assert "No news yet" in page
    assert "No event planned yet" in page


# --- the call to join ----------------------------------------------------------------------------


def test_the_call_to_join_fits_who_is_reading(client, outsider, full_member, supporting_member):
    signed_out = client.get("/").content.decode()
    assert 'href="/accounts/signup/">Join the network</a>' in signed_out
    assert 'href="/accounts/login/">Sign in</a>' in signed_out

    not_a_member = sign_in(client, outsider).get("/").content.decode()
    assert 'href="/members/apply/">Apply for membership</a>' in not_a_member
    assert "Join the network" not in not_a_member

    for member in (full_member, supporting_member):
        page = sign_in(client, member).get("/").content.decode()
        assert 'href="/members/account/">Go to your account</a>' in page
        assert "Apply for membership" not in page


# --- query counts --------------------------------------------------------------------------------


def test_the_home_page_runs_the_same_queries_for_a_few_rows_or_many(
    client, full_member, assert_page_queries
):
    HomePageFactory(hero_image=picture_file(), hero_image_alt="Circles")
    NewsPostFactory.create_batch(2)
    EventFactory.create_batch(2)
    SessionFactory.create_batch(2)
    # the hero, the news, the events and the training sessions
    assert_page_queries("/", REQUEST_TRANSACTION + 4)
    NewsPostFactory.create_batch(30)
    EventFactory.create_batch(30)
    SessionFactory.create_batch(30)
    response = assert_page_queries("/", REQUEST_TRANSACTION + 4)
    assert len(response.context["news"]) == 3
    assert len(response.context["events"]) == 4
    sign_in(client, full_member)
    # and the signed-in person with their roles
    assert_page_queries("/", REQUEST_TRANSACTION + 4 + 2)


# --- the admin -----------------------------------------------------------------------------------

HERO_FORM = {
    "headline": "Welcome",
    "headline_fr": "Bienvenue",
    "introduction": "A network of peers.",
    "introduction_fr": "Un réseau de pairs.",
    "hero_image_alt": "",
    "hero_image_alt_fr": "",
}


def _upload(data: bytes, name: str = "hero.png", content_type: str = "image/png"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def test_an_editor_writes_the_hero_with_a_picture_reencoded_without_its_metadata(
    client, content_editor
):
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # the camera's maker
    photo = picture_bytes(size=(2400, 1200), image_format="JPEG", exif=exif)
    sign_in(client, content_editor)

    response = client.post(
        "/admin/content/homepage/add/",
        {**HERO_FORM, "hero_image": _upload(photo, "me.jpg"), "hero_image_alt": "Peers"},
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    home = HomePage.objects.get()
    assert home.updated_by == content_editor
    with Image.open(home.hero_image.open("rb")) as stored:
        assert stored.format == "JPEG"
        assert max(stored.size) == 1600
        assert not stored.getexif()
    assert home.hero_image.name.startswith("home/")
    assert home.hero_image.name.endswith(".jpg")
    assert AuditEntry.objects.filter(action="content.home_page_changed").exists()


def test_a_picture_without_its_description_is_refused_with_a_message_on_the_field(
    client, content_editor
):
    sign_in(client, content_editor)

    response = client.post(
        "/admin/content/homepage/add/",
        {**HERO_FORM, "hero_image": _upload(picture_bytes(image_format="PNG"))},
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "Please describe the picture for people who cannot see it" in page
    assert 'value="Welcome"' in page  # what was typed is kept
    assert not HomePage.objects.exists()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"%PDF-1.4 not a picture", "hero.png", "This file is not a picture we can use"),
        (b"", "hero.png", "The submitted file is empty."),
        (b"x" * (5 * 1024 * 1024 + 1), "hero.jpg", "Please choose a picture of 5.0"),
    ],
)
def test_a_file_that_is_not_a_usable_picture_is_refused_with_a_message(
    client, content_editor, data, name, message
):
    sign_in(client, content_editor)

    response = client.post(
        "/admin/content/homepage/add/",
        {**HERO_FORM, "hero_image": _upload(data, name), "hero_image_alt": "Peers"},
    )

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not HomePage.objects.exists()


def test_the_hero_is_one_row_nobody_adds_a_second_or_deletes_it(client, content_editor):
    home = HomePageFactory()
    sign_in(client, content_editor)

    assert client.get("/admin/content/homepage/add/").status_code == 403
    assert client.get(f"/admin/content/homepage/{home.pk}/delete/").status_code == 403
    assert client.get(f"/admin/content/homepage/{home.pk}/change/").status_code == 200
    listing = client.get("/admin/content/homepage/").content.decode()
    assert "/admin/content/homepage/add/" not in listing


def test_a_replaced_picture_is_deleted_from_storage_once_saved(
    client, content_editor, django_capture_on_commit_callbacks
):
    home = HomePageFactory(hero_image=picture_file(), hero_image_alt="Old")
    old = home.hero_image.name
    sign_in(client, content_editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/content/homepage/{home.pk}/change/",
            {**HERO_FORM, "hero_image": _upload(picture_bytes()), "hero_image_alt": "New"},
        )

    assert response.status_code == 302
    home.refresh_from_db()
    assert home.hero_image.name != old
    assert not default_storage.exists(old)
    assert default_storage.exists(home.hero_image.name)


def test_removing_the_picture_removes_the_need_for_a_description(
    client, content_editor, django_capture_on_commit_callbacks
):
    home = HomePageFactory(hero_image=picture_file(), hero_image_alt="Old")
    old = home.hero_image.name
    sign_in(client, content_editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/content/homepage/{home.pk}/change/", {**HERO_FORM, "hero_image-clear": "on"}
        )

    assert response.status_code == 302
    home.refresh_from_db()
    assert not home.hero_image
    assert not default_storage.exists(old)
    assert "<img" not in client.get("/").content.decode()


def test_other_staff_may_not_edit_the_hero(client, coordinator, treasurer):
    home = HomePageFactory()
    for person in (coordinator, treasurer):
        sign_in(client, person)
        assert client.get(f"/admin/content/homepage/{home.pk}/change/").status_code == 403


# --- the demo ------------------------------------------------------------------------------------


def test_the_demo_hero_has_a_drawn_picture_described_in_both_languages_and_runs_twice():
    demo.seed()
    first = HomePage.objects.get()
    picture = first.hero_image.name
    demo.seed()

    home = HomePage.objects.get()
    assert home.hero_image.name == picture
    assert home.hero_image_alt
    assert home.hero_image_alt_fr
    assert home.headline_fr
    assert home.introduction_fr
    assert "lived" in home.introduction
    with Image.open(BytesIO(home.hero_image.read())) as drawn:
        assert drawn.format == "JPEG"
        assert drawn.size == (960, 640)


def test_the_sitemap_lists_the_home_page(client):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://testserver/</loc>" in sitemap


def test_the_hero_admin_pages_run_a_pinned_number_of_queries(
    client, content_editor, assert_page_queries
):
    home = HomePageFactory(hero_image=picture_file(), hero_image_alt="Circles")
    sign_in(client, content_editor)

    # The session, the editor, their roles and permissions, the sidebar's models, the row.
    assert_page_queries("/admin/content/homepage/", 11)
    assert_page_queries(f"/admin/content/homepage/{home.pk}/change/", 9)
