"""The speakers' bureau in a real browser: a visitor opens the bureau from the main navigation,
reads a page, filters the directory (and fixes a bad value), and opens a speaker's page. axe-core
checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from network.models import LHIN
from speakers.models import Topic
from speakers.tests.factories import SpeakerFactory
from tests.factories import picture_file
from tests.test_browser import assert_accessible, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def speakers(site):  # noqa: F811
    """Two listed speakers beside the demo's: one named, French-speaking, with a photo; one who
    shows neither their name nor their regions."""
    harm_reduction = Topic.objects.get(slug="harm-reduction")
    stigma = Topic.objects.get(slug="stigma")
    champlain = LHIN.objects.get(number=11)
    juniper = SpeakerFactory(
        approved=True,
        name="Juniper",
        bio="I speak about what harm reduction made possible for me and my family.",
        topics=[harm_reduction],
        languages=["fr", "en"],
        lhins_served=[champlain],
        photo=picture_file(),
        photo_alt="Juniper in a red coat, smiling",
    )
    quiet = SpeakerFactory(
        approved=True,
        name="Kept private",
        show_name=False,
        show_lhins=False,
        topics=[stigma],
        languages=["en"],
    )
    return juniper, quiet


def test_a_visitor_finds_a_speaker_from_the_bureau(site, page: Page, speakers):  # noqa: F811
    page.goto(f"{site}/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Speakers' bureau").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Speakers' bureau")
    expect(
        page.get_by_text("trained to share their experience and expertise").first
    ).to_be_visible()
    expect(page.get_by_role("link", name="Request a speaker", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Apply to the bureau")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Rules of engagement for hosts").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rules of engagement for hosts")
    expect(page.get_by_text("No questions about the details")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("navigation", name="Breadcrumb").get_by_role(
        "link", name="Speakers' bureau"
    ).click()

    page.get_by_role("link", name="See every speaker in the directory").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Directory of speakers")
    expect(page.get_by_role("link", name="A speaker from the bureau")).to_be_visible()
    expect(page.get_by_text("Kept private")).to_have_count(0)
    assert_accessible(page)

    page.get_by_label("Topic").select_option(label="Harm reduction")
    page.get_by_label("Language").select_option(label="French")
    page.get_by_role("button", name="Show speakers").click()
    expect(page.get_by_role("link", name="Juniper")).to_be_visible()
    expect(page.get_by_role("link", name="A speaker from the bureau")).to_have_count(0)
    expect(page.get_by_label("Topic")).to_have_value("harm-reduction")
    assert_accessible(page)

    page.get_by_role("link", name="Juniper").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Juniper")
    photo = page.get_by_role("img", name="Juniper in a red coat, smiling")
    expect(photo).to_be_visible()
    assert photo.evaluate("image => image.naturalWidth") > 0
    expect(page.get_by_text("Champlain")).to_be_visible()
    expect(page.get_by_role("link", name="Request this speaker")).to_have_attribute(
        "href", f"/speakers/request/?speaker={speakers[0].public_id}"
    )
    assert_accessible(page)


def test_a_bad_filter_value_is_announced_next_to_its_field(site, page: Page, speakers):  # noqa: F811
    page.goto(f"{site}/speakers/directory/?topic=not-a-topic&language=fr")

    expect(page.get_by_role("alert")).to_contain_text("Please choose one of the topics listed.")
    expect(page.get_by_label("Language")).to_have_value("fr")
    assert_accessible(page)

    page.get_by_role("alert").get_by_role("link").click()
    expect(page.get_by_label("Topic")).to_be_focused()
