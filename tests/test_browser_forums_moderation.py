"""Forum moderation in a real browser: a member reports a post as someone in distress and sees
the help, the category's moderator opens the queue, responds and hides a post, and the log shows
it; in English and in French. axe-core checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from content.forums.demo.moderation import THREAD_TITLE
from content.forums.models import DistressFlag, Post
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _sign_out(page: Page, base: str) -> None:
    page.context.clear_cookies()


def test_a_distress_report_reaches_the_moderator_who_responds_and_logs_it(site, page: Page):  # noqa: F811
    # A post nobody has reported yet: the first one of the demo thread.
    post = Post.objects.get(thread__title=THREAD_TITLE, number=1)
    sign_in(page, site, "full.member@example.org")

    page.goto(f"{site}/forums/p/{post.pk}/report/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Report a post")
    assert_accessible(page)
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_text("Choose why you are reporting this post.").first).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Someone may be in distress").check()
    page.get_by_label("Anything the moderators should know (optional)").fill("They sound low.")
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_role("heading", name="Thank you for looking out for them")).to_be_visible()
    expect(page.get_by_role("link", name="Need support now?").last).to_be_visible()
    assert_accessible(page)

    _sign_out(page, site)
    sign_in(page, site, "moderator@example.org")
    page.goto(f"{site}/forums/moderation/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Moderation")
    assert_accessible(page)
    page.get_by_role("link", name="General peer support").click()
    expect(page.get_by_text("They sound low.").first).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name=f"I responded to post 1 of “{THREAD_TITLE}”").click()
    expect(page.get_by_text("Your response is recorded.")).to_be_visible()
    page.get_by_role("button", name=f"Dismiss the report of post 3 of “{THREAD_TITLE}”").click()
    expect(page.get_by_text("The report is dismissed.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="The moderation log").click()
    expect(page.get_by_role("cell", name="Responded to a distress flag")).to_be_visible()
    expect(page.get_by_role("cell", name="Dismissed a report")).to_be_visible()
    assert_accessible(page)
    assert DistressFlag.objects.get(post=post).first_responder.email == "moderator@example.org"

    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert_accessible(page)
    page.goto(f"{site}/forums/moderation/general/")
    assert_accessible(page)
    page.goto(f"{site}/forums/moderation/distress/")
    assert_accessible(page)
    page.goto(f"{site}/forums/p/{post.pk}/report/")
    assert_accessible(page)
