"""A member's profile: private in every field until its owner chooses, each field shown only to
the audience chosen for it, and a photo kept without its hidden details."""

import re
from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image

from members import services
from members.models import Membership, Profile, Visibility
from network.models import AuditEntry
from network.selectors import coordinators_of
from tests.factories import (
    MembershipApplicationFactory,
    MembershipFactory,
    ProfileFactory,
    UserFactory,
    picture_bytes,
    picture_file,
)
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

EDIT = "/members/profile/"
PHOTO_UPLOAD = "/members/profile/photo/"


@pytest.fixture
def member(outsider, lhin_toronto) -> Membership:
    """The outsider, now an active member of Toronto Central."""
    return MembershipFactory(person=outsider, lhin=lhin_toronto)


def form_data(membership: Membership, **overrides) -> dict:
    """The whole profile form as a browser sends it, every field at its most private."""
    data = {
        "display_name": membership.person.display_name,
        "lhin": str(membership.lhin_id),
        "pronouns": "",
        "bio": "",
        "languages": [],
        "interests": [],
        **{f"{field}_visibility": "0" for field in Profile.VISIBLE_FIELDS},
    }
    data.update(overrides)
    return data


def field_errors(page: str, field: str) -> str:
    found = re.search(rf'<ul class="field__errors" id="id_{field}_error">(.*?)</ul>', page, re.S)
    return found.group(1) if found else ""


def page_of(profile: Profile) -> str:
    return f"/members/people/{profile.public_id}/"


# --- Making and editing --------------------------------------------------------------------------


def test_approval_makes_a_profile_from_the_application_with_every_field_private(coordinator):
    application = MembershipApplicationFactory(
        pronouns="they/them",
        languages=["fr", "oj"],
        interests=["navigator"],
        contact_events=True,
    )

    services.application_approve(application_id=application.pk, reviewer=coordinator)

    profile = Profile.objects.get(person=application.applicant)
    assert profile.pronouns == "they/them"
    assert profile.languages == ["fr", "oj"]
    assert profile.interests == ["navigator"]
    assert profile.contact_events is True
    assert profile.in_directory is False
    assert {profile.visibility_of(field) for field in Profile.VISIBLE_FIELDS} == {
        Visibility.ONLY_ME
    }


def test_the_profile_form_opens_with_every_visibility_on_only_me(client, member):
    sign_in(client, member.person)

    response = client.get(EDIT)

    assert response.status_code == 200
    page = response.content.decode()
    for field in Profile.VISIBLE_FIELDS:
        selected = re.search(
            rf'<select name="{field}_visibility".*?<option value="(\d)" selected>', page, re.S
        )
        assert selected is not None, field
        assert selected.group(1) == "0", field


def test_a_member_saves_each_field_and_who_sees_it(client, member):
    sign_in(client, member.person)

    response = client.post(
        EDIT,
        form_data(
            member,
            display_name="New Dawn",
            pronouns="she/her",
            pronouns_visibility="2",
            bio="I like gardening and long walks.",
            bio_visibility="1",
            languages=["en", "fr"],
            languages_visibility="3",
            interests=["educator"],
            display_name_visibility="2",
            in_directory="on",
            contact_news="on",
        ),
    )

    assert response.status_code == 302
    assert response["Location"] == EDIT
    profile = Profile.objects.get(person=member.person)
    assert profile.person.display_name == "New Dawn"
    assert (profile.pronouns, profile.pronouns_visibility) == ("she/her", Visibility.MEMBERS)
    assert profile.bio_visibility == Visibility.COORDINATORS
    assert profile.languages == ["en", "fr"]
    assert profile.languages_visibility == Visibility.PUBLIC
    assert profile.interests_visibility == Visibility.ONLY_ME
    assert profile.in_directory is True
    assert profile.contact_news is True
    assert AuditEntry.objects.filter(action="profile.update", actor=member.person).exists()
    assert "Your profile is saved." in client.get(EDIT).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"display_name": "Site Admin"}, "display_name", "does not sound like a staff role"),
        ({"display_name": "someone@example.net"}, "display_name", "Use 3 to 40 letters"),
        ({"display_name": "river"}, "display_name", "This display name is taken"),
        ({"bio_visibility": "7"}, "bio_visibility", "Please choose who can see this."),
        ({"lhin": "99999"}, "lhin", "Please choose one of the 14 LHIN regions listed."),
        ({"languages": ["klingon"]}, "languages", "Select a valid choice"),
        ({"bio": "x" * 1501}, "bio", "at most 1500 characters"),
        ({"in_directory": "on"}, "in_directory", "To be listed in the directory"),
    ],
)
def test_bad_input_is_refused_at_its_field_keeping_everything_typed(
    client, member, full_member, overrides, field, message
):
    sign_in(client, member.person)
    typed = form_data(member, pronouns="ze/zir", bio="Kept as typed.", **{})
    typed.update(overrides)

    response = client.post(EDIT, typed)

    assert response.status_code == 400
    page = response.content.decode()
    assert message in field_errors(page, field)
    assert 'value="ze/zir"' in page
    if field != "bio":
        assert "Kept as typed." in page
    assert "There is a problem" in page
    profile = Profile.objects.get(person=member.person)
    assert profile.pronouns == ""  # nothing saved


def test_moving_lhin_on_the_profile_moves_the_member_to_the_new_coordinators(
    client, member, coordinator, coordinator_other, lhin_north_east
):
    sign_in(client, member.person)

    client.post(EDIT, form_data(member, lhin=str(lhin_north_east.pk)))

    member.refresh_from_db()
    assert member.lhin == lhin_north_east
    assert coordinator_other in coordinators_of(member.lhin)
    assert AuditEntry.objects.filter(action="membership.change_lhin").exists()


def test_people_without_a_membership_are_invited_to_apply_before_making_a_profile(client, outsider):
    sign_in(client, outsider)

    response = client.get(EDIT)

    assert response.status_code == 302
    assert response["Location"] == "/members/apply/"
    assert client.post(PHOTO_UPLOAD, {"action": "remove"})["Location"] == "/members/apply/"
    assert not Profile.objects.exists()


def test_a_lapsed_member_may_still_make_their_profile_more_private(client, member):
    Membership.objects.filter(pk=member.pk).update(
        status="lapsed", expires_at=timezone.now() - timedelta(days=2)
    )
    ProfileFactory(person=member.person, bio="Old words", bio_visibility=Visibility.PUBLIC)
    sign_in(client, member.person)

    page = client.get(EDIT).content.decode()
    response = client.post(EDIT, form_data(member, bio="Old words"))

    assert "Your membership has lapsed" in page
    assert response.status_code == 302
    assert Profile.objects.get(person=member.person).bio_visibility == Visibility.ONLY_ME


# --- Who sees what -------------------------------------------------------------------------------

VIEWERS = (
    "owner",
    "coordinator",
    "coordinator_other",
    "active_member",
    "lapsed_member",
    "signed_in_non_member",
    "anonymous",
)
SEES = {
    Visibility.ONLY_ME: {"owner"},
    Visibility.COORDINATORS: {"owner", "coordinator"},
    Visibility.MEMBERS: {"owner", "coordinator", "active_member"},
    Visibility.PUBLIC: set(VIEWERS),
}


@pytest.fixture
def viewers(member, coordinator, coordinator_other, lhin_north_east) -> dict:
    active = MembershipFactory(lhin=lhin_north_east, membership_type="supporting").person
    lapsed = MembershipFactory(
        status="lapsed", expires_at=timezone.now() - timedelta(days=1)
    ).person
    return {
        "owner": member.person,
        "coordinator": coordinator,
        "coordinator_other": coordinator_other,
        "active_member": active,
        "lapsed_member": lapsed,
        "signed_in_non_member": UserFactory(),
        "anonymous": None,
    }


@pytest.mark.parametrize("visibility", list(Visibility))
def test_each_field_is_shown_only_to_the_audience_chosen_for_it(
    client, member, viewers, visibility
):
    profile = ProfileFactory(
        person=member.person,
        display_name_visibility=Visibility.PUBLIC,
        pronouns="xe/xem",
        pronouns_visibility=visibility,
        bio="Secret garden notes",
        bio_visibility=visibility,
        languages=["oj"],
        languages_visibility=visibility,
        interests=["researcher"],
        interests_visibility=visibility,
        lhin_visibility=visibility,
        photo=picture_file(),
        photo_visibility=visibility,
    )
    hidden = ("xe/xem", "Secret garden notes", "Ojibwe", "Peer researcher", "Toronto Central")

    for name, person in viewers.items():
        sign_in(client, person)
        response = client.get(page_of(profile))
        photo = client.get(f"{page_of(profile)}photo/")

        assert response.status_code == 200, name
        page = response.content.decode()
        sees = name in SEES[visibility]
        assert all((value in page) == sees for value in hidden), (name, visibility)
        assert photo.status_code == (200 if sees else 404), name


@pytest.mark.parametrize("visibility", list(Visibility))
def test_a_profile_page_exists_only_for_those_who_may_see_its_name(
    client, member, viewers, visibility
):
    profile = ProfileFactory(
        person=member.person,
        display_name_visibility=visibility,
        bio="Public words",
        bio_visibility=Visibility.PUBLIC,
        photo=picture_file(),
        photo_visibility=Visibility.PUBLIC,
    )

    for name, person in viewers.items():
        sign_in(client, person)
        expected = 200 if name in SEES[visibility] else 404

        assert client.get(page_of(profile)).status_code == expected, name
        assert client.get(f"{page_of(profile)}photo/").status_code == expected, name


def test_a_lapsed_or_closed_members_profile_is_hidden_from_everyone_but_them(
    client, member, full_member
):
    profile = ProfileFactory(person=member.person, display_name_visibility=Visibility.PUBLIC)
    Membership.objects.filter(pk=member.pk).update(status="lapsed")
    MembershipFactory(person=full_member)

    assert client.get(page_of(profile)).status_code == 404
    assert sign_in(client, full_member).get(page_of(profile)).status_code == 404
    assert sign_in(client, member.person).get(page_of(profile)).status_code == 200


def test_an_unknown_profile_is_404(client, full_member):
    sign_in(client, full_member)

    assert client.get("/members/people/00000000-0000-0000-0000-000000000000/").status_code == 404
    assert client.get("/members/people/not-a-uuid/").status_code == 404


def test_the_owner_previews_their_profile_as_each_audience_sees_it(client, member):
    profile = ProfileFactory(
        person=member.person,
        display_name_visibility=Visibility.MEMBERS,
        pronouns="xe/xem",
        pronouns_visibility=Visibility.MEMBERS,
        bio="Only for coordinators",
        bio_visibility=Visibility.COORDINATORS,
    )
    sign_in(client, member.person)

    as_owner = client.get(page_of(profile)).content.decode()
    as_coordinators = client.get(page_of(profile) + "?as=coordinators").content.decode()
    as_members = client.get(page_of(profile) + "?as=members").content.decode()
    as_public = client.get(page_of(profile) + "?as=public").content.decode()

    assert "Only for coordinators" in as_owner
    assert "Only for coordinators" in as_coordinators
    assert "Only for coordinators" not in as_members
    assert "xe/xem" in as_members
    assert "Nobody in this group can see your profile" in as_public
    assert "xe/xem" not in as_public


def test_only_the_owner_can_preview(client, member, full_member):
    MembershipFactory(person=full_member)
    profile = ProfileFactory(
        person=member.person,
        display_name_visibility=Visibility.MEMBERS,
        bio="Only me",
    )
    sign_in(client, full_member)

    page = client.get(page_of(profile) + "?as=coordinators").content.decode()

    assert "Only me" not in page
    assert "See your profile as it is shown to" not in page


def test_the_profile_pages_run_a_fixed_number_of_queries(client, member, assert_page_queries):
    profile = ProfileFactory(
        person=member.person,
        display_name_visibility=Visibility.PUBLIC,
        languages=["en", "fr", "oj", "cr"],
        languages_visibility=Visibility.PUBLIC,
        interests=["navigator", "educator", "advisor"],
        interests_visibility=Visibility.PUBLIC,
    )
    assert_page_queries(page_of(profile), 3)  # signed out
    sign_in(client, member.person)
    assert_page_queries(page_of(profile), 6)
    assert_page_queries(EDIT, 10)


# --- The photo ----------------------------------------------------------------------------------


def upload(client, content: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        PHOTO_UPLOAD,
        {"action": "upload", "photo": SimpleUploadedFile(name, content, content_type)},
    )


def stored_photo(person) -> Image.Image:
    profile = Profile.objects.get(person=person)
    with profile.photo.open("rb") as stored:
        data = stored.read()
    image = Image.open(BytesIO(data))
    image.load()
    image.raw_bytes = data
    return image


def camera_exif() -> Image.Exif:
    """What a phone writes: its make, the time, and where the picture was taken."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0132] = "2026:11:20 10:30:00"  # DateTime
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 39.0, 12.5)  # latitude: Toronto
    gps[3] = "W"
    gps[4] = (79.0, 23.0, 1.0)
    return exif


def test_a_photo_is_re_encoded_without_its_location_or_camera_details(client, member):
    original = picture_bytes(size=(2400, 1800), exif=camera_exif())
    assert Image.open(BytesIO(original)).getexif().get_ifd(0x8825)  # the test's photo has GPS
    sign_in(client, member.person)

    response = upload(client, original)

    assert response.status_code == 302
    photo = stored_photo(member.person)
    assert photo.format == "JPEG"
    assert max(photo.size) == 800
    assert not photo.getexif()
    assert b"Exif" not in photo.raw_bytes
    assert b"PhoneMaker" not in photo.raw_bytes
    assert not photo.info.get("icc_profile")
    assert AuditEntry.objects.filter(action="profile.photo.change").exists()


def test_a_photo_is_turned_upright_as_the_camera_said(client, member):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; show it rotated 90 degrees
    sign_in(client, member.person)

    upload(client, picture_bytes(size=(400, 300), exif=exif))

    assert stored_photo(member.person).size == (300, 400)


@pytest.mark.parametrize(
    ("image_format", "name", "mode"),
    [("PNG", "photo.png", "RGBA"), ("WEBP", "photo.webp", "RGB"), ("GIF", "photo.gif", "P")],
)
def test_png_webp_and_gif_photos_are_accepted_and_stored_as_jpeg(
    client, member, image_format, name, mode
):
    image = Image.new(mode, (50, 40))
    output = BytesIO()
    image.save(output, format=image_format)
    sign_in(client, member.person)

    response = upload(client, output.getvalue(), name=name, content_type="image/png")

    assert response.status_code == 302
    assert stored_photo(member.person).format == "JPEG"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7 not a picture at all", "This file is not a picture we can use"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "This file is not a picture we can use"),
        (picture_bytes(image_format="TIFF"), "This file is not a picture we can use"),
        (picture_bytes(size=(400, 300))[:300], "This file is not a picture we can use"),
        (b"", "The submitted file is empty"),
        (b"\xff" * (5 * 1024 * 1024 + 1), "Please choose a picture of 5.0\xa0MB or less."),
    ],
    ids=["pdf", "svg", "tiff", "truncated", "empty", "too-large"],
)
def test_an_upload_that_is_not_a_usable_picture_is_refused_with_a_reason(
    client, member, content, message
):
    sign_in(client, member.person)

    response = upload(client, content)

    assert response.status_code == 400
    page = response.content.decode()
    assert message in field_errors(page, "photo") or (
        message == "The submitted file is empty" and "This file is empty" in page
    )
    assert not Profile.objects.get(person=member.person).photo


def test_a_picture_too_large_to_decode_safely_is_refused_before_it_is_decoded(client, member):
    # 8000 x 8000 of one colour compresses to a few kilobytes, but would take 192 MB to decode.
    huge = BytesIO()
    Image.new("L", (8000, 8000)).save(huge, format="PNG", optimize=True)
    assert huge.tell() < 5 * 1024 * 1024
    sign_in(client, member.person)

    response = upload(client, huge.getvalue(), name="huge.png", content_type="image/png")

    assert response.status_code == 400
    assert "8000 by 8000 pixels, too large to use" in response.content.decode()


def test_replacing_or_removing_the_photo_deletes_the_old_file(
    client, member, django_capture_on_commit_callbacks
):
    sign_in(client, member.person)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, picture_bytes())
    first = Profile.objects.get(person=member.person).photo.name

    with django_capture_on_commit_callbacks(execute=True):
        upload(client, picture_bytes(size=(60, 60)))
    second = Profile.objects.get(person=member.person).photo.name

    assert second != first
    assert not default_storage.exists(first)
    assert default_storage.exists(second)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(PHOTO_UPLOAD, {"action": "remove"})

    assert response.status_code == 302
    assert not Profile.objects.get(person=member.person).photo
    assert not default_storage.exists(second)


def test_the_photo_is_served_privately_as_a_jpeg(client, member):
    profile = ProfileFactory(
        person=member.person,
        display_name_visibility=Visibility.PUBLIC,
        photo=picture_file(),
        photo_visibility=Visibility.PUBLIC,
    )

    response = client.get(f"{page_of(profile)}photo/")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
