"""The forums' subscriptions in a real browser: a member watches a thread, chooses a weekly
digest on the settings page, and opens their notifications, in English and in French. axe-core
checks each page (WCAG 2.1 A/AA)."""

import pytest
from playwright.sync_api import Page, expect

from content.forums.models import ForumProfile, Notification, Subscription
from content.forums.tests.factories import CategoryFactory, PostFactory, ThreadFactory
from members.models import User
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def thread(site):  # noqa: F811
    river = User.objects.get(email="full.member@example.org")
    sam = User.objects.get(email="supporting.member@example.org")
    category = CategoryFactory(slug="family-and-allies-test", name="Family and allies")
    thread = ThreadFactory(category=category, author=sam, title="Going to a first meeting")
    mention = PostFactory(thread=thread, author=sam, body="@River how did your first one go?")
    Notification.objects.create(person=river, post=mention, kind="mention")
    return thread


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_member_watches_a_thread_chooses_a_weekly_digest_and_reads_notifications(
    site,  # noqa: F811
    page: Page,
    thread,
    language,
):
    sign_in(page, site, "full.member@example.org")
    if language == "fr":
        page.get_by_role("button", name="Français").click()
        expect(page.locator("html")).to_have_attribute("lang", "fr")

    page.goto(f"{site}/forums/t/{thread.pk}/")
    assert_accessible(page)
    page.locator(".watch-form button").click()
    expect(page.locator(".watch-form button")).to_have_count(1)
    assert Subscription.objects.filter(thread=thread, person__display_name="River").exists()
    assert_accessible(page)

    page.goto(f"{site}/forums/settings/")
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    expect(page.get_by_role("link", name=thread.title)).to_be_visible()
    assert_accessible(page)
    page.locator('input[name="digest"][value="weekly"]').check()
    page.locator('form.form button[type="submit"]').click()
    expect(page.locator('input[name="digest"][value="weekly"]')).to_be_checked()
    assert ForumProfile.objects.get(person__display_name="River").digest == "weekly"
    assert_accessible(page)

    page.goto(f"{site}/forums/notifications/")
    expect(page.locator(f'a[href="{thread.posts.last().get_absolute_url()}"]')).to_be_visible()
    assert_accessible(page)


def test_a_bad_digest_value_is_announced_next_to_its_field(site, page: Page, thread):  # noqa: F811
    sign_in(page, site, "full.member@example.org")
    page.goto(f"{site}/forums/settings/")
    page.locator('input[name="digest"][value="daily"]').evaluate("radio => radio.value = 'hourly'")
    page.locator('input[name="digest"][value="hourly"]').check()
    page.get_by_role("button", name="Save settings").click()

    expect(page.get_by_role("alert")).to_contain_text("Choose how often the digest comes")
    assert_accessible(page)
