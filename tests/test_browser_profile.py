"""A member's profile, photo, the directory, their data and closing the account, in a real browser.

Each page a journey visits is checked by axe-core (WCAG 2.1 A/AA) and has one h1.
"""

import json
import math
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from members.models import Profile, User, Visibility
from members.selectors import directory_profiles
from members.views import DIRECTORY_PAGE_SIZE
from network.models import LHIN
from tests.factories import (
    PASSWORD,
    MembershipFactory,
    ProfileFactory,
    UserFactory,
    picture_bytes,
)
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHOTO_SRC = re.compile(r"/members/people/[0-9a-f-]{36}/photo/(\?.*)?$")
# The labels end with "(optional)"; the visibility selects' labels mention them too.
PRONOUNS = re.compile(r"^Pronouns")
ABOUT_YOU = re.compile(r"^About you")


def sign_in_as_new_member(page: Page, base: str, display_name: str, lhin: int = 7) -> User:
    """A member (Toronto Central by default) with a verified email address signs in."""
    person = UserFactory(display_name=display_name)
    MembershipFactory(person=person, lhin=LHIN.objects.get(number=lhin))
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In", exact=True).click()
    page.wait_for_url(f"{base}/")
    return person


def press_on(page: Page, locator, key: str = "Space") -> None:
    """Focus a control and press a key on it, as a keyboard user would."""
    locator.focus()
    expect(locator).to_be_focused()
    page.keyboard.press(key)


def type_into(page: Page, locator, text: str) -> None:
    locator.focus()
    expect(locator).to_be_focused()
    page.keyboard.type(text)


def messages_of(page: Page, locator) -> str:
    """The help and error texts a control points to with aria-describedby."""
    described_by = locator.get_attribute("aria-describedby") or ""
    return " ".join(page.locator(f"#{i}").inner_text() for i in described_by.split())


def check_page(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    assert_accessible(page)


def assert_fits_a_phone(page: Page) -> None:
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px"


# --- 1. Editing the profile by keyboard -----------------------------------------------------------


def test_a_member_edits_their_profile_by_keyboard_and_fixes_the_directory_error(
    site,  # noqa: F811
    page: Page,
):
    person = sign_in_as_new_member(page, site, "Gentle Rain")
    page.goto(f"{site}/members/profile/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    check_page(page)

    type_into(page, page.get_by_role("textbox", name=PRONOUNS), "they/them")
    page.get_by_label("Who can see your pronouns").select_option(label="Members of the network")
    bio = "I like long walks and good coffee.\nHappy to talk about the first year."
    type_into(page, page.get_by_role("textbox", name=ABOUT_YOU), bio)
    page.get_by_label("Who can see what you wrote about you").select_option(
        label="Coordinators of my LHIN"
    )
    profile_visibility = page.get_by_label("Who can see your profile and display name")
    expect(profile_visibility).to_have_value(str(Visibility.ONLY_ME))
    in_directory = page.get_by_label("List me in the members' directory")
    press_on(page, in_directory)
    expect(in_directory).to_be_checked()
    press_on(page, page.get_by_role("button", name="Save your profile"), "Enter")

    # The profile is still "Only me": the summary is focused, the checkbox says why.
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("To be listed in the directory")
    expect(page).to_have_title(re.compile("^Error:"))
    in_directory = page.get_by_label("List me in the members' directory")
    expect(in_directory).to_have_attribute("aria-invalid", "true")
    assert "To be listed in the directory" in messages_of(page, in_directory)
    # The message is the field's own, where the eye lands, after a word for screen readers.
    expect(page.locator("#id_in_directory_error li")).to_have_text(
        re.compile(r"^\s*Error:\s+To be listed in the directory, members must be able to see")
    )
    expect(page.locator("#id_in_directory_error")).to_be_visible()
    # What was typed and chosen is kept.
    expect(page.get_by_role("textbox", name=ABOUT_YOU)).to_have_value(bio)
    expect(page.get_by_role("textbox", name=PRONOUNS)).to_have_value("they/them")
    expect(page.get_by_label("Who can see your pronouns")).to_have_value(str(Visibility.MEMBERS))
    expect(in_directory).to_be_checked()
    check_page(page)
    assert not Profile.objects.filter(person=person, in_directory=True).exists()

    # The summary's link leads to the checkbox; the member opens the profile to members instead.
    press_on(page, summary.get_by_role("link", name=re.compile("directory")), "Enter")
    expect(in_directory).to_be_focused()
    profile_visibility = page.get_by_label("Who can see your profile and display name")
    press_on(page, profile_visibility, "ArrowDown")  # Coordinators of my LHIN
    page.keyboard.press("ArrowDown")  # Members of the network
    expect(profile_visibility).to_have_value(str(Visibility.MEMBERS))
    press_on(page, page.get_by_role("button", name="Save your profile"), "Enter")

    page.wait_for_url(f"{site}/members/profile/")
    expect(page.get_by_text("Your profile is saved.")).to_be_visible()
    expect(page.locator("[data-error-summary]")).to_have_count(0)
    expect(page.get_by_label("List me in the members' directory")).to_be_checked()
    expect(page.get_by_role("textbox", name=ABOUT_YOU)).to_have_value(bio)
    check_page(page)
    profile = Profile.objects.get(person=person)
    assert profile.in_directory
    assert profile.display_name_visibility == Visibility.MEMBERS
    assert profile.pronouns == "they/them"
    assert profile.bio_visibility == Visibility.COORDINATORS


# --- 2. The photo ---------------------------------------------------------------------------------


def test_a_member_uploads_a_photo_and_is_told_when_a_file_is_no_picture(
    site,  # noqa: F811
    page: Page,
    tmp_path: Path,
):
    sign_in_as_new_member(page, site, "Bright Meadow")
    page.goto(f"{site}/members/profile/")
    expect(page.get_by_text("You have no photo.")).to_be_visible()

    picture = tmp_path / "me.jpg"
    picture.write_bytes(picture_bytes(size=(120, 90)))
    page.get_by_label("Choose a photo").set_input_files(picture)
    page.get_by_role("button", name="Upload this photo").click()

    page.wait_for_url(f"{site}/members/profile/")
    expect(page.get_by_text("Your photo is saved.")).to_be_visible()
    photo = page.get_by_role("img", name="Your photo")
    expect(photo).to_have_attribute("src", PHOTO_SRC)
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=photo.element_handle()
    )
    expect(page.get_by_role("button", name="Remove my photo")).to_be_visible()
    check_page(page)

    # A text file with a picture's name is refused, at the field, with what to do.
    not_a_picture = tmp_path / "notes.jpg"
    not_a_picture.write_text("These are my notes, not a picture.\n", encoding="utf-8")
    page.get_by_label("Choose a photo").set_input_files(not_a_picture)
    page.get_by_role("button", name="Upload this photo").click()

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("not a picture we can use")
    chooser = page.get_by_label("Choose a photo")
    expect(chooser).to_have_attribute("aria-invalid", "true")
    assert "not a picture we can use" in messages_of(page, chooser)
    expect(page).to_have_title(re.compile("^Error:"))
    # The photo saved before is still there.
    expect(page.get_by_role("img", name="Your photo")).to_have_attribute("src", PHOTO_SRC)
    check_page(page)


# --- 3. Previewing the profile as others see it ---------------------------------------------------


def test_the_owner_previews_their_profile_as_the_public_sees_it(site, page: Page):  # noqa: F811
    person = sign_in_as_new_member(page, site, "Still Water")
    profile = ProfileFactory(
        person=person,
        display_name_visibility=Visibility.PUBLIC,
        pronouns="she/her",
        pronouns_visibility=Visibility.PUBLIC,
        bio="Only I should ever read this sentence.",
        bio_visibility=Visibility.ONLY_ME,
        lhin_visibility=Visibility.MEMBERS,
    )

    page.goto(f"{site}/members/people/{profile.public_id}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Still Water")
    switch = page.get_by_role("navigation", name="See your profile as it is shown to:")
    expect(switch.get_by_role("link", name="you", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    expect(page.get_by_text("Only I should ever read this sentence.")).to_be_visible()
    expect(page.get_by_text("Toronto Central")).to_be_visible()
    check_page(page)

    switch.get_by_role("link", name="the public", exact=True).click()

    page.wait_for_url(f"{site}/members/people/{profile.public_id}/?as=public")
    expect(switch.get_by_role("link", name="the public", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Still Water")
    expect(page.get_by_text("she/her")).to_be_visible()
    expect(page.get_by_text("Only I should ever read this sentence.")).to_have_count(0)
    expect(page.get_by_text("Toronto Central")).to_have_count(0)
    check_page(page)

    switch.get_by_role("link", name="members", exact=True).click()

    page.wait_for_url(f"{site}/members/people/{profile.public_id}/?as=members")
    expect(page.get_by_text("Toronto Central")).to_be_visible()
    expect(page.get_by_text("Only I should ever read this sentence.")).to_have_count(0)
    check_page(page)


def test_a_profile_hidden_from_a_group_says_so_in_the_preview(site, page: Page):  # noqa: F811
    person = sign_in_as_new_member(page, site, "Hidden Brook")
    profile = ProfileFactory(person=person, display_name_visibility=Visibility.COORDINATORS)

    page.goto(f"{site}/members/people/{profile.public_id}/?as=members")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    expect(page.get_by_text("Nobody in this group can see your profile")).to_be_visible()
    check_page(page)


# --- 4. The directory -----------------------------------------------------------------------------


def listed_members(count: int = 30) -> None:
    """`count` members in the directory; every third speaks French, every fifth is a navigator."""
    for number in range(count):
        person = UserFactory(display_name=f"Listed Peer {number:02d}")
        MembershipFactory(person=person)
        ProfileFactory(
            person=person,
            in_directory=True,
            display_name_visibility=Visibility.MEMBERS,
            lhin_visibility=Visibility.MEMBERS,
            languages_visibility=Visibility.MEMBERS,
            interests_visibility=Visibility.MEMBERS,
            languages=["en", "fr"] if number % 3 == 0 else ["en"],
            interests=["navigator"] if number % 5 == 0 else ["advocate"],
        )


def found(count: int) -> re.Pattern:
    return re.compile(rf"^\s*{count} members? found\s*$")


def test_a_member_pages_through_the_directory_and_finds_french_speakers(
    site,  # noqa: F811
    page: Page,
):
    listed_members(30)
    # The demo data lists members too: the page must show what the directory holds.
    total = directory_profiles().count()
    french = directory_profiles(language="fr").count()
    navigators = directory_profiles(interest="navigator").count()
    last_page = math.ceil(total / DIRECTORY_PAGE_SIZE)
    assert last_page >= 2
    sign_in_as_new_member(page, site, "Curious Fox")
    page.goto(f"{site}/members/directory/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Members' directory")
    results = page.locator("#results")
    expect(results).to_have_text(found(total))
    cards = page.locator(".member-card")
    expect(cards).to_have_count(DIRECTORY_PAGE_SIZE)
    expect(page.get_by_role("link", name="Curious Fox")).to_have_count(0)  # not listed
    pages = page.get_by_role("navigation", name="Pages")
    expect(pages).to_contain_text(f"Page 1 of {last_page}")
    expect(pages.get_by_role("link", name="Previous page")).to_have_count(0)
    check_page(page)

    pages.get_by_role("link", name="Next page").click()

    page.wait_for_url(re.compile(r"/members/directory/\?page=2$"))
    expect(pages).to_contain_text(f"Page 2 of {last_page}")
    expect(pages.get_by_role("link", name="Previous page")).to_be_visible()
    if last_page == 2:
        expect(cards).to_have_count(total - DIRECTORY_PAGE_SIZE)
        expect(pages.get_by_role("link", name="Next page")).to_have_count(0)
    check_page(page)

    page.get_by_label("Language").select_option(label="French")
    page.get_by_role("button", name="Find members").click()

    page.wait_for_url(re.compile(r"language=fr"))
    expect(results).to_have_text(found(french))
    expect(cards).to_have_count(min(french, DIRECTORY_PAGE_SIZE))
    for card in cards.all():
        expect(card.locator("dd").filter(has_text="French")).to_have_count(1)
    expect(page.get_by_label("Language")).to_have_value("fr")
    check_page(page)

    # With a name too, only the ten French speakers made here are left, on one page.
    page.get_by_role("searchbox", name=re.compile("^Display name")).fill("Listed Peer")
    page.get_by_role("button", name="Find members").click()

    expect(results).to_have_text(found(10))
    expect(cards).to_have_count(10)
    expect(page.get_by_role("link", name="Listed Peer 03")).to_be_visible()
    expect(page.get_by_role("link", name="Listed Peer 01")).to_have_count(0)
    expect(page.get_by_role("navigation", name="Pages")).to_have_count(0)
    check_page(page)

    # A filter edited in the address bar is refused with the error summary, not a crash.
    page.goto(f"{site}/members/directory/?lhin=999")
    expect(page.locator("[data-error-summary]")).to_be_focused()
    expect(page.locator("[data-error-summary]")).to_contain_text("Please choose one of the 14")
    expect(page.get_by_label("LHIN region")).to_have_attribute("aria-invalid", "true")
    expect(results).to_have_count(0)
    check_page(page)

    # On a phone, the filters and the cards fit without sideways scrolling.
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site}/members/directory/?interest=navigator")
    expect(results).to_have_text(found(navigators))
    assert_fits_a_phone(page)
    check_page(page)
    page.goto(f"{site}/members/directory/?page=2")
    assert_fits_a_phone(page)
    check_page(page)


def test_the_profile_pages_fit_a_phone(site, page: Page):  # noqa: F811
    person = sign_in_as_new_member(page, site, "Narrow Path")
    profile = ProfileFactory(
        person=person,
        display_name_visibility=Visibility.MEMBERS,
        bio="A few words.",
        languages=["fr", "ase"],
        languages_visibility=Visibility.MEMBERS,
    )
    page.set_viewport_size({"width": 320, "height": 640})

    for url in [
        "/members/profile/",
        f"/members/people/{profile.public_id}/",
        "/members/my-data/",
        "/members/close/",
    ]:
        page.goto(f"{site}{url}")
        assert_fits_a_phone(page)
        check_page(page)


# --- 5. My data and the terms ---------------------------------------------------------------------


def test_the_terms_are_accessible_signed_out_and_a_member_downloads_their_data(
    site,  # noqa: F811
    page: Page,
):
    page.goto(f"{site}/members/terms/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Terms of membership")
    check_page(page)

    sign_in_as_new_member(page, site, "Open Book")
    page.goto(f"{site}/members/my-data/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your data")
    download_link = page.get_by_role("link", name="Download it all (JSON)")
    expect(download_link).to_have_attribute("href", "/members/my-data/download/")
    check_page(page)

    with page.expect_download() as download_info:
        download_link.click()
    download = download_info.value
    assert download.suggested_filename.startswith("my-network-data-")
    data = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert "Open Book" in json.dumps(data, ensure_ascii=False)


# --- 6. Closing the account -----------------------------------------------------------------------


def test_a_member_closes_their_account_after_confirming(site, page: Page):  # noqa: F811
    person = sign_in_as_new_member(page, site, "Last Light")
    page.goto(f"{site}/members/close/")

    # Closing asks for the password again first, even just after signing in.
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
    check_page(page)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()

    page.wait_for_url(f"{site}/members/close/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Close your account")
    check_page(page)

    page.get_by_role("button", name="Close my account").click()

    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    confirm = page.get_by_label("I understand that closing my account cannot be undone")
    expect(confirm).to_have_attribute("aria-invalid", "true")
    assert "Please tick to confirm" in messages_of(page, confirm)
    check_page(page)
    person.refresh_from_db()
    assert person.closed_at is None

    confirm.check()
    page.get_by_role("button", name="Close my account").click()

    page.wait_for_url(f"{site}/")
    expect(page.get_by_text("Your account is closed")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in", exact=True).first).to_be_visible()
    check_page(page)
    person.refresh_from_db()
    assert person.closed_at is not None
