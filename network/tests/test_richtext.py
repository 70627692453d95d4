"""Rich text (network.richtext) and CKEditor 5's picture upload (network.views)."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from PIL import Image

from network.richtext import html_to_lines, is_empty_html, sanitize_html, text_diff
from tests.factories import picture_bytes
from tests.plugin import sign_in

# --- Sanitizing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hi</p><script>alert(1)</script>", "<p>Hi</p>"),
        ('<p onclick="steal()">Hi</p>', "<p>Hi</p>"),
        ('<p style="color:red">Hi</p>', "<p>Hi</p>"),
        ("<style>p{}</style><p>Hi</p>", "<p>Hi</p>"),
        ('<iframe src="https://example.com/"></iframe><p>Hi</p>', "<p>Hi</p>"),
        ('<p class="x" id="y">Hi</p>', "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">Hi</a>', '<a rel="noopener noreferrer nofollow">Hi</a>'),
        ("<!-- note --><p>Hi</p>", "<p>Hi</p>"),
        ("<p>&nbsp;</p>", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_sanitize_drops_what_could_run_style_or_embed(dirty, clean):
    assert sanitize_html(dirty) == clean


@pytest.mark.parametrize(
    "src", ["https://tracker.example/p.gif", "//tracker.example/p.gif", "data:image/png;base64,AA"]
)
def test_sanitize_drops_pictures_from_other_hosts(src):
    assert sanitize_html(f'<img src="{src}" alt="x">') == '<img alt="x">'


def test_sanitize_keeps_pictures_from_this_site():
    html = '<img src="/editor/images/0123456789abcdef0123456789abcdef.jpg" alt="A meeting">'

    assert sanitize_html(html) == html


def test_sanitize_keeps_the_editors_tags():
    html = (
        "<h2>Title</h2><h3>Sub</h3><h4>Small</h4><p><strong>b</strong> <em>i</em> <u>u</u> "
        '<s>s</s><br></p><ul><li>one</li></ul><ol start="3"><li>three</li></ol>'
        '<blockquote><p>quote</p></blockquote><figure><table><thead><tr><th scope="col">H</th>'
        '</tr></thead><tbody><tr><td colspan="2">D</td></tr></tbody></table></figure><hr>'
    )

    assert sanitize_html(html) == html


def test_sanitize_adds_rel_to_links():
    cleaned = sanitize_html('<a href="https://example.org/" target="_blank">Site</a>')

    assert cleaned == '<a href="https://example.org/" rel="noopener noreferrer nofollow">Site</a>'


def test_empty_html_is_recognized():
    assert is_empty_html("<p>&nbsp;</p><p> </p>")
    assert not is_empty_html('<p><img src="/editor/images/x.jpg"></p>')
    assert not is_empty_html("<p>a</p>")


def test_html_to_lines_gives_one_line_per_block():
    html = "<h2>Title</h2><p>One &amp; two</p><ul><li>A</li><li>B</li></ul><p>x<br>y</p>"

    assert html_to_lines(html) == ["Title", "One & two", "A", "B", "x", "y"]


def test_text_diff_marks_removed_and_added_lines():
    old = "<p>Same</p><p>Old line</p><p>End</p>"
    new = "<p>Same</p><p>New line</p><p>End</p><p>Added</p>"

    assert text_diff(old, new) == [
        ("same", "Same"),
        ("removed", "Old line"),
        ("added", "New line"),
        ("same", "End"),
        ("added", "Added"),
    ]


@pytest.mark.django_db
def test_the_stored_value_is_sanitized_by_the_model_field():
    from governance.tests.factories_documents import DocumentVersionFactory

    version = DocumentVersionFactory(
        body='<p onclick="x()">Kept</p><script>alert(1)</script>',
        body_fr='<p>Gardé</p><img src="https://tracker.example/p.gif">',
    )

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT body, body_fr FROM governance_documentversion WHERE id = %s", [version.pk]
        )
        row = cursor.fetchone()
    assert row == ("<p>Kept</p>", "<p>Gardé</p><img>")
    assert version.body == "<p>Kept</p>"  # the instance shows what was stored


@pytest.mark.django_db
def test_an_update_through_the_queryset_is_sanitized_too():
    from governance.models import DocumentVersion
    from governance.tests.factories_documents import DocumentVersionFactory

    version = DocumentVersionFactory()
    DocumentVersion.objects.filter(pk=version.pk).update(body="<p>a</p><script>b</script>")

    version.refresh_from_db()
    assert version.body == "<p>a</p>"


# --- Uploading pictures from the editor ---------------------------------------------------------


UPLOAD = "/editor/upload/"


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (43.0, 39.0, 0.0), 3: "W", 4: (79.0, 23.0, 0.0)}  # GPS
    return exif


def upload(client, data: bytes | None, name: str = "photo.jpg", content_type="image/jpeg"):
    payload = {} if data is None else {"upload": SimpleUploadedFile(name, data, content_type)}
    return client.post(UPLOAD, payload)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["anonymous", "outsider", "full_member"])
def test_only_staff_may_upload_pictures(client, request, who):
    response = upload(sign_in(client, request.getfixturevalue(who)), picture_bytes())

    assert response.status_code == 403
    assert response.json() == {"error": {"message": "Only editors may upload pictures."}}


@pytest.mark.django_db
def test_an_upload_without_a_file_is_a_400_with_a_message(client, content_editor):
    response = upload(sign_in(client, content_editor), None)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Choose a picture to upload."


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"%PDF-1.4 not a picture", "photo.jpg"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script>x()</script></svg>", "x.svg"),
        (b"", "empty.jpg"),
        (picture_bytes(image_format="BMP"), "old.bmp"),
    ],
)
def test_a_file_that_is_not_a_usable_picture_is_a_400_with_a_message(
    client, content_editor, data, name
):
    stored_before = _editor_files()

    response = upload(sign_in(client, content_editor), data, name=name)

    assert response.status_code == 400
    assert "picture" in response.json()["error"]["message"]
    assert _editor_files() == stored_before


def _editor_files() -> set[str]:
    try:
        return set(default_storage.listdir("editor")[1])
    except FileNotFoundError:
        return set()


@pytest.mark.django_db
def test_a_photo_is_reencoded_without_its_location_and_served_from_this_site(
    client, governance_member
):
    original = picture_bytes(size=(2400, 1200), exif=gps_exif())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # the test has a location

    response = upload(sign_in(client, governance_member), original)

    assert response.status_code == 200
    url = response.json()["url"]
    assert url.startswith("/editor/images/")
    assert url.endswith(".jpg")
    served = client.get(url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/jpeg"
    data = b"".join(served.streaming_content)
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "JPEG"
    assert max(picture.size) == 1600
    assert not picture.getexif()
    assert "exif" not in picture.info
    assert "icc_profile" not in picture.info
    assert b"PhoneMaker" not in data
    # Public, like the pages that show it: anyone signed out can load it.
    assert sign_in(client, None).get(url).status_code == 200


@pytest.mark.django_db
def test_a_png_is_stored_as_a_jpeg(client, content_editor):
    response = upload(
        sign_in(client, content_editor), picture_bytes(image_format="PNG"), name="chart.png"
    )

    assert response.status_code == 200
    served = client.get(response.json()["url"])
    assert Image.open(io.BytesIO(b"".join(served.streaming_content))).format == "JPEG"


@pytest.mark.django_db
def test_uploading_needs_a_post(client, content_editor):
    assert sign_in(client, content_editor).get(UPLOAD).status_code == 405


@pytest.mark.django_db
def test_the_upload_is_protected_against_cross_site_requests(content_editor):
    from django.test import Client

    csrf_client = sign_in(Client(enforce_csrf_checks=True), content_editor)

    response = upload(csrf_client, picture_bytes())

    assert response.status_code == 403


@pytest.mark.parametrize(
    "name",
    [
        "0123456789abcdef0123456789abcdef.png",
        "0123456789ABCDEF0123456789ABCDEF.jpg",
        "..%2Fsecret.jpg",
        "nothing-here.jpg",
        "0123456789abcdef0123456789abcdef.jpg.exe",
        "fedcba9876543210fedcba9876543210.jpg",  # well formed, but no such picture
    ],
)
@pytest.mark.django_db
def test_a_bad_or_unknown_picture_name_is_not_found(client, name):
    default_storage.save(
        "editor/0123456789abcdef0123456789abcdef.jpg", ContentFile(picture_bytes())
    )

    assert client.get(f"/editor/images/{name}").status_code == 404


@pytest.mark.django_db
def test_a_picture_outside_the_editor_folder_is_never_served(client):
    default_storage.save("profiles/abcdef0123456789abcdef0123456789.jpg", ContentFile(b"x"))

    response = client.get(reverse("editor_image", args=["abcdef0123456789abcdef0123456789.jpg"]))

    assert response.status_code == 404
