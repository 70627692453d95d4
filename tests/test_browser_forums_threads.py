"""The forums' threads in a real browser: a member accepts the community guidelines on the way
to their first thread (what they typed is kept), starts it with a content warning; a second
member opens it (collapsed until they choose), reacts, and replies quoting it. axe-core checks
each page (WCAG 2.1 A/AA), in English and in French."""

import pytest
from playwright.sync_api import Page, expect

from content.forums.models import Thread
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_members_start_a_thread_with_a_warning_react_and_reply_with_a_quote(
    site,  # noqa: F811
    page: Page,
):
    sign_in(page, site, "full.member@example.org")
    page.get_by_role("navigation", name="Your account").get_by_role("link", name="Forums").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Forums")
    assert_accessible(page)
    page.get_by_role("link", name="General peer support").click()
    assert_accessible(page)
    page.get_by_role("link", name="Start a thread").click()
    page.get_by_label("Title").fill("A rough weekend")
    page.get_by_label("Your post").fill("I used again on Saturday. Today I called my peer worker.")
    page.get_by_label("Content warning").select_option(label="Relapse")
    assert_accessible(page)
    page.get_by_role("button", name="Post the thread").click()

    # First the guidelines, then back to the form with what was typed.
    expect(page.get_by_role("heading", level=1)).to_have_text("Community guidelines")
    assert_accessible(page)
    page.get_by_role("button", name="I accept the community guidelines").click()
    expect(page.get_by_label("Your post")).to_have_value(
        "I used again on Saturday. Today I called my peer worker."
    )
    expect(page.get_by_label("Title")).to_have_value("A rough weekend")
    page.get_by_label("Content warning").select_option(label="Relapse")
    page.get_by_role("button", name="Post the thread").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("A rough weekend")
    thread = Thread.objects.get(title="A rough weekend")

    page.context.clear_cookies()
    sign_in(page, site, "supporting.member@example.org")
    page.goto(f"{site}/forums/t/{thread.pk}/")
    warning = page.get_by_text("Content warning: Relapse. Open to read")
    body = page.get_by_text("I used again on Saturday.")
    expect(warning).to_be_visible()
    expect(body).to_be_hidden()
    assert_accessible(page)
    warning.click()
    expect(body).to_be_visible()
    page.get_by_role("button", name="Sending support").first.click()
    expect(page.get_by_role("button", name="Sending support 1")).to_have_attribute(
        "aria-pressed", "true"
    )
    page.get_by_role("link", name="Quote post 1").click()
    assert_accessible(page)
    reply = page.get_by_label("Your post")
    expect(reply).to_have_value(
        "> **River:**\n>\n> I used again on Saturday. Today I called my peer worker.\n\n"
    )
    reply.press("End")
    reply.press_sequentially("Calling was brave. I'm glad you did.")
    page.get_by_role("button", name="Post your reply").click()
    post = page.locator("#post-2")
    expect(post.get_by_role("blockquote")).to_contain_text("I used again on Saturday.")
    expect(post).to_contain_text("Calling was brave.")
    assert_accessible(page)

    # The same pages in French.
    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    assert_accessible(page)
    page.goto(f"{site}/forums/")
    expect(page.get_by_role("link", name="Soutien par les pairs", exact=True)).to_be_visible()
    assert_accessible(page)
    page.goto(f"{site}/forums/general/")
    assert_accessible(page)
    page.goto(f"{site}/forums/t/{thread.pk}/reply/")
    assert_accessible(page)
    page.goto(f"{site}/forums/guidelines/")
    assert_accessible(page)
