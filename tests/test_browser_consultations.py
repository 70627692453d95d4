"""A full member takes part in the demo's open consultation in a real browser: reads the draft,
comments (after a mistake), votes and changes the vote. Each page has one h1 and no axe-core
violation (WCAG 2.1 A/AA)."""

import re

import pytest
from playwright.sync_api import Page, expect

from governance.models import ConsultationComment, ConsultationVote
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

OPEN_TITLE = "Code of conduct, version 2: have your say"


def check_page(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    assert_accessible(page)


def test_a_full_member_comments_votes_and_changes_the_vote(site, page: Page):  # noqa: F811
    sign_in(page, site, "full.member@example.org")

    page.goto(f"{site}/governance/consultations/")
    check_page(page)
    page.get_by_role("link", name=OPEN_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(OPEN_TITLE)
    expect(page.get_by_text("person-first, non-stigmatizing language").first).to_be_visible()
    page.get_by_text("What changes from version 1").click()
    expect(page.get_by_text("Added:").first).to_be_visible()
    check_page(page)

    # A comment sent empty is refused at its field, with the reason announced.
    comment = page.get_by_label("Your comment")
    page.get_by_role("button", name="Post your comment").click()
    expect(page.get_by_role("alert")).to_contain_text("Write your comment before sending it.")
    expect(comment).to_have_attribute("aria-invalid", "true")
    check_page(page)

    comment.fill("A list of words to use would help our peer workers.\nThank you.")
    page.get_by_role("button", name="Post your comment").click()
    expect(page.get_by_text("Thank you: your comment is posted.")).to_be_visible()
    expect(page.get_by_text("A list of words to use would help our peer workers.")).to_be_visible()
    check_page(page)

    vote = page.get_by_role("group", name="Your vote")
    vote.get_by_label("Support").check()
    page.get_by_role("button", name="Vote", exact=True).click()
    expect(page.get_by_text(re.compile(r"Your vote: Support\."))).to_be_visible()
    expect(page.get_by_role("group", name="Your vote").get_by_label("Support")).to_be_checked()
    check_page(page)

    page.get_by_role("group", name="Your vote").get_by_label("Oppose").check()
    page.get_by_role("button", name="Change your vote").click()
    expect(page.get_by_text(re.compile(r"Your vote: Oppose\."))).to_be_visible()
    check_page(page)

    [river_vote] = ConsultationVote.objects.filter(
        voter__email="full.member@example.org", consultation__title=OPEN_TITLE
    )
    assert river_vote.choice == "oppose"
    assert ConsultationComment.objects.filter(
        author__email="full.member@example.org", body__startswith="A list of words"
    ).exists()


def test_a_supporting_member_reads_that_only_full_members_vote(site, page: Page):  # noqa: F811
    sign_in(page, site, "supporting.member@example.org")

    page.goto(f"{site}/governance/consultations/")
    page.get_by_role("link", name="Honoraria for members who speak at public events").click()

    expect(page.get_by_text("Only full members vote.")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("75.0 %")
    check_page(page)
