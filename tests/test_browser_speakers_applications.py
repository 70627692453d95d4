"""Applying to the speakers' bureau in a real browser: every step, a step with an error, the
review and the submission, each page checked by axe-core (WCAG 2.1 A/AA)."""

import re

import pytest
from playwright.sync_api import Page, expect

from network.models import OutboundEmail
from speakers.models import SafetyPlan, Speaker
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def save_and_continue(page: Page) -> None:
    page.get_by_role("button", name="Save and continue").click()


def test_a_member_applies_through_every_step_and_submits(site, page: Page):  # noqa: F811
    sign_in(page, site, "full.member@example.org")
    page.goto(f"{site}/speakers/me/")
    expect(page.get_by_text("You have not applied to the speakers' bureau.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Apply to the speakers' bureau").click()

    # 1. About you: starts from the display name and the membership's region.
    expect(page.get_by_role("heading", level=1)).to_have_text("About you")
    expect(page.get_by_label("Name to show")).to_have_value("River")
    expect(page.get_by_label("Your home LHIN region")).to_have_value(
        re.compile(r"^\d+$")  # chosen from the membership (Toronto Central)
    )
    assert_accessible(page)
    page.get_by_label("Name to show").fill("river@example.org")
    page.get_by_label("Public bio").fill("I speak about peer work and what helped me.")
    save_and_continue(page)

    # The same step again, with the error tied to its field and what was typed kept.
    expect(page).to_have_title(re.compile("^Error: About you"))
    summary = page.locator("[data-error-summary]")
    expect(summary).to_contain_text("A name to show cannot be an email address.")
    name = page.get_by_label("Name to show")
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Public bio")).to_have_value(
        "I speak about peer work and what helped me."
    )
    assert_accessible(page)
    summary.get_by_role("link", name=re.compile("Name to show")).click()
    expect(name).to_be_focused()
    name.fill("River")
    save_and_continue(page)

    # 2. How you speak.
    expect(page.get_by_role("heading", level=1)).to_have_text("How you speak")
    assert_accessible(page)
    page.get_by_role("group", name="Topics you speak about").get_by_label("Harm reduction").check()
    formats = page.get_by_role("group", name="Formats")
    formats.get_by_label("Policy roundtable").check()
    formats.get_by_label("Community event").check()
    page.get_by_role("group", name="LHIN regions you serve").get_by_label("Toronto Central").check()
    page.get_by_role("group", name="Languages you speak in").get_by_label("English").check()
    page.get_by_label("Within the LHINs I serve").check()
    page.get_by_label("Engagements a month, at most").fill("2")
    save_and_continue(page)

    # 3. Your background: the member's own attended training is offered.
    expect(page.get_by_role("heading", level=1)).to_have_text("Your background")
    assert_accessible(page)
    training = page.get_by_role("group", name="Training you took elsewhere")
    training.get_by_label(re.compile("Naloxone training")).check()
    page.get_by_label("References").fill("Alex at the drop-in, 555-0142")
    page.get_by_label("I decide each time").check()
    save_and_continue(page)

    # 4. What to publish: everything off until ticked.
    expect(page.get_by_role("heading", level=1)).to_have_text("What to publish")
    expect(page.get_by_label("Publish my bio")).not_to_be_checked()
    assert_accessible(page)
    page.get_by_label("Publish my name to show").check()
    page.get_by_label("Publish my topics").check()
    page.get_by_label("List me in the public directory").check()
    save_and_continue(page)

    # 5. The safety plan: only theirs.
    expect(page.get_by_role("heading", level=1)).to_have_text("Your safety plan")
    expect(page.get_by_text("Only you will ever see your safety plan.")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("What I won't speak about").fill("My brother")
    page.get_by_label("What helps me after a talk").fill("Tea with a friend")
    save_and_continue(page)

    # 6. Review: everything, the safety plan too, then submit.
    expect(page.get_by_role("heading", level=1)).to_have_text("Review and submit")
    expect(page.get_by_text("Still needed before you can submit")).to_have_count(0)
    expect(page.get_by_text("Alex at the drop-in, 555-0142")).to_be_visible()
    expect(page.get_by_text("My brother")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Submit my application").click()

    expect(page).to_have_url(f"{site}/speakers/me/")
    expect(page.get_by_text("Thank you: your application is sent.")).to_be_visible()
    expect(page.get_by_text("waiting for the coordinators of your LHIN region")).to_be_visible()
    assert_accessible(page)

    speaker = Speaker.objects.get(person__email="full.member@example.org")
    assert speaker.status == "submitted"
    assert speaker.listed
    assert not speaker.show_bio
    assert SafetyPlan.objects.get(speaker=speaker).wont_speak_about == "My brother"
    assert OutboundEmail.objects.filter(to=["coordinator@example.org"]).exists()


def test_a_speaker_pauses_and_resumes_from_their_page(site, page: Page):  # noqa: F811
    sign_in(page, site, "speaker@example.org")
    page.goto(f"{site}/speakers/me/")
    expect(page.get_by_text("You are an approved speaker, and active.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Pause").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pause for a while?")
    assert_accessible(page)
    page.get_by_role("button", name="Pause").click()

    expect(page.get_by_text("You are paused.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Resume").click()
    expect(page.get_by_text("Welcome back")).to_be_visible()

    page.get_by_role("link", name="Your safety plan (only you see it)").click()
    expect(page.get_by_label("What I won't speak about")).to_have_value(
        "My family, and the year I lost my housing."
    )
    assert_accessible(page)
