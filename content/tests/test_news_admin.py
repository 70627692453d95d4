"""News in the admin: content editors write posts with a checked, re-encoded and described
picture; publishing dates a post; the author is the editor; pictures replaced or deleted leave
the storage; the list's query count is pinned."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from content.models import Access, NewsPost, Status
from content.tests.factories import NewsPostFactory, NewsTopicFactory
from network.models import LHIN, AuditEntry
from tests.factories import picture_bytes, picture_file
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

ADD = "/admin/content/newspost/add/"
LIST = "/admin/content/newspost/"


def camera_exif() -> Image.Exif:
    """What a phone writes: its make and where the picture was taken."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 39.0, 12.5)
    return exif


def upload(data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def post_data(**overrides) -> dict:
    data = {
        "title": "Workshop dates",
        "title_fr": "Dates de l'atelier",
        "slug": "workshop-dates",
        "summary": "Two days in Toronto.",
        "summary_fr": "Deux jours à Toronto.",
        "body": "<p>Register now.</p>",
        "body_fr": "<p>Inscrivez-vous.</p>",
        "image_alt": "",
        "image_alt_fr": "",
        "status": Status.PUBLISHED,
        "access": Access.PUBLIC,
        "published_at_0": "",
        "published_at_1": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def editor_client(client, content_editor):
    return sign_in(client, content_editor)


def test_an_editor_publishes_a_post_with_a_picture_that_is_re_encoded_without_metadata(
    editor_client, content_editor
):
    topic = NewsTopicFactory(name="Training")
    toronto = LHIN.objects.get(number=7)
    original = picture_bytes(size=(2400, 1800), exif=camera_exif())

    response = editor_client.post(
        ADD,
        post_data(
            image=upload(original),
            image_alt="Peers around a table",
            topics=[topic.pk],
            lhins=[toronto.pk],
        ),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    post = NewsPost.objects.get(slug="workshop-dates")
    assert post.author == content_editor
    assert abs(post.published_at - timezone.now()) < timedelta(minutes=1)
    assert list(post.topics.all()) == [topic]
    assert list(post.lhins.all()) == [toronto]
    assert post.image.name.startswith("news/")
    stored = post.image.open("rb").read()
    picture = Image.open(BytesIO(stored))
    assert picture.format == "JPEG"
    assert max(picture.size) == 1600
    assert not picture.getexif()
    assert b"PhoneMaker" not in stored
    assert AuditEntry.objects.filter(action="news.create", target_id=str(post.pk)).exists()
    assert editor_client.get("/news/workshop-dates/").status_code == 200


def test_a_scheduled_post_keeps_its_date_and_a_draft_stays_undated(editor_client):
    editor_client.post(
        ADD, post_data(published_at_0="2099-01-15", published_at_1="09:00:00", slug="later")
    )
    editor_client.post(ADD, post_data(status=Status.DRAFT, slug="draft"))

    later = NewsPost.objects.get(slug="later")
    assert timezone.localtime(later.published_at).isoformat() == "2099-01-15T09:00:00-05:00"
    assert NewsPost.objects.get(slug="draft").published_at is None


def test_a_picture_without_a_description_is_refused_with_a_message_on_the_description(
    editor_client,
):
    response = editor_client.post(ADD, post_data(image=upload(picture_bytes())))

    assert response.status_code == 400
    page = response.content.decode()
    assert "Please describe the picture for people who cannot see it" in page
    errors = response.context["adminform"].form.errors
    assert list(errors) == ["image_alt"]
    assert 'value="Workshop dates"' in page  # what was typed is kept
    assert not NewsPost.objects.exists()


def test_the_french_description_is_optional(editor_client):
    response = editor_client.post(
        ADD, post_data(image=upload(picture_bytes()), image_alt="A circle of chairs")
    )

    assert response.status_code == 302
    assert NewsPost.objects.get().image_alt_fr == ""


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"%PDF-1.4 not a picture", "photo.jpg", "This file is not a picture we can use"),
        (b"<svg onload='alert(1)'></svg>", "photo.svg", "This file is not a picture we can use"),
        (picture_bytes(image_format="BMP"), "photo.bmp", "This file is not a picture we can use"),
        (b"", "empty.jpg", "The submitted file is empty."),
    ],
)
def test_a_file_that_is_not_a_picture_is_refused_with_a_message_on_the_picture(
    editor_client, data, name, message
):
    response = editor_client.post(ADD, post_data(image=upload(data, name), image_alt="A picture"))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert list(response.context["adminform"].form.errors) == ["image"]
    assert not NewsPost.objects.exists()


def test_a_picture_over_five_megabytes_is_refused_before_it_is_decoded(editor_client):
    too_big = picture_bytes() + b"\0" * (5 * 1024 * 1024)

    response = editor_client.post(ADD, post_data(image=upload(too_big), image_alt="A picture"))

    assert response.status_code == 400
    assert "Please choose a picture of 5.0\xa0MB or less." in response.content.decode()
    assert not NewsPost.objects.exists()


def test_scripts_in_the_body_are_removed_when_saved(editor_client):
    editor_client.post(
        ADD, post_data(body='<p>Hi</p><script>alert(1)</script><img src="x" onerror="alert(2)">')
    )

    body = NewsPost.objects.get().body
    assert "<script" not in body
    assert "onerror" not in body


def test_the_change_form_links_the_current_picture_through_its_access_checked_address(
    editor_client,
):
    post = NewsPostFactory(access=Access.MEMBERS, image=picture_file(), image_alt="A picture")

    page = editor_client.get(f"/admin/content/newspost/{post.pk}/change/").content.decode()

    assert f'href="{post.picture_url}"' in page
    assert post.image.name not in page
    assert "/media/" not in page


def test_a_replaced_picture_leaves_the_storage(editor_client, django_capture_on_commit_callbacks):
    post = NewsPostFactory(image=picture_file(), image_alt="A picture")
    old = post.image.name
    data = post_data(
        slug=post.slug, image=upload(picture_bytes(size=(80, 60))), image_alt="A new picture"
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"/admin/content/newspost/{post.pk}/change/", data)

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.image.name != old
    assert not default_storage.exists(old)
    assert default_storage.exists(post.image.name)


def test_a_cleared_picture_leaves_the_storage_and_needs_no_description(
    editor_client, django_capture_on_commit_callbacks
):
    post = NewsPostFactory(image=picture_file(), image_alt="A picture")
    old = post.image.name

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/content/newspost/{post.pk}/change/",
            post_data(slug=post.slug, **{"image-clear": "on"}),
        )

    assert response.status_code == 302
    post.refresh_from_db()
    assert not post.image
    assert not default_storage.exists(old)


def test_deleting_a_post_deletes_its_picture(editor_client, django_capture_on_commit_callbacks):
    post = NewsPostFactory(image=picture_file(), image_alt="A picture")
    name = post.image.name

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"/admin/content/newspost/{post.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not NewsPost.objects.exists()
    assert not default_storage.exists(name)
    assert AuditEntry.objects.filter(action="news.delete", target_id=str(post.pk)).exists()


def test_editors_publish_and_unpublish_posts_from_the_list(editor_client):
    draft = NewsPostFactory(status=Status.DRAFT, published_at=None)
    live = NewsPostFactory()

    editor_client.post(LIST, {"action": "publish_selected", "_selected_action": [draft.pk]})
    editor_client.post(LIST, {"action": "unpublish_selected", "_selected_action": [live.pk]})

    draft.refresh_from_db()
    live.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    assert abs(draft.published_at - timezone.now()) < timedelta(minutes=1)
    assert live.status == Status.DRAFT
    assert editor_client.get(live.get_absolute_url()).status_code == 200  # the editor's preview
    assert sign_in(editor_client, None).get(live.get_absolute_url()).status_code == 404


def test_publishing_a_post_whose_picture_lacks_a_description_says_why_it_cannot(editor_client):
    post = NewsPostFactory(status=Status.DRAFT, image=picture_file(), image_alt="")

    response = editor_client.post(
        LIST, {"action": "publish_selected", "_selected_action": [post.pk]}, follow=True
    )

    assert "Please describe the picture" in response.content.decode()
    post.refresh_from_db()
    assert post.status == Status.DRAFT


def test_the_admin_list_shows_who_may_see_each_post_and_its_topics_in_fixed_queries(
    editor_client, assert_page_queries
):
    topics = [NewsTopicFactory() for _ in range(3)]
    for index in range(30):
        NewsPostFactory(access=Access.MEMBERS if index % 2 else Access.PUBLIC).topics.set(topics)
    NewsPostFactory(title="Only for members", access=Access.MEMBERS)

    # However many posts: the list, its count, their topics, the filters' choices, the session.
    response = assert_page_queries(LIST, 14)

    page = response.content.decode()
    assert "Members only" in page
    assert topics[0].name in page
    assert_page_queries(f"{LIST}?q=Only", 14)


def test_the_topics_list_counts_each_topics_posts(editor_client, assert_page_queries):
    topic = NewsTopicFactory(name="Harm reduction")
    for _ in range(3):
        NewsPostFactory().topics.add(topic)

    response = assert_page_queries("/admin/content/newstopic/", 9)

    assert '<td class="field-post_count">3</td>' in response.content.decode()
