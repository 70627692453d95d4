"""A governance member edits a document version in the admin with CKEditor 5, under the site's
Content-Security-Policy, approves it, and the public reads it; each public page checked by axe."""

import re

import pytest
from playwright.sync_api import Page, expect

from governance.models import Document, DocumentVersion
from tests.test_browser import assert_accessible, sign_in, site  # noqa: F401 (the fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_version_written_in_ckeditor_is_approved_and_published(site, page: Page):  # noqa: F811
    sign_in(page, site, "governance@example.org")
    terms = Document.objects.get(slug="terms-of-reference")
    current = terms.versions.get(status=DocumentVersion.Status.APPROVED)

    # Start a new version from the current one, in the admin.
    page.goto(f"{site}/admin/governance/documentversion/{current.pk}/change/")
    expect(page.get_by_text("An approved version cannot be edited")).to_be_visible()
    page.get_by_role("button", name="Start a new version from this one").click()
    expect(page.get_by_text("Version 3 started as a draft from version 2.")).to_be_visible()

    # The editor loads (the CSP would have stopped its script or styles) and takes typing.
    editor = page.locator(".field-body .ck-editor__editable")
    expect(editor).to_be_visible()
    expect(page.locator(".field-body .ck-toolbar")).to_be_visible()
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("Members may ask for an extra meeting. <script>alert(1)</script>")
    page.locator(".field-body .ck-toolbar").get_by_role("button", name="Bold").click()
    page.keyboard.type(" Twenty members suffice.")
    page.get_by_label("What changed").fill("Members may call an extra meeting")
    page.get_by_role("button", name="Save and continue editing").click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()

    draft = terms.versions.get(number=3)
    assert "Members may ask for an extra meeting. &lt;script&gt;" in draft.body
    assert re.search(r"<strong>\s*Twenty members suffice\.</strong>", draft.body)
    assert "<script>" not in draft.body

    # Governance members see the draft on the site, marked as one.
    page.goto(f"{site}/governance/documents/terms-of-reference/versions/3/")
    expect(page.get_by_role("note")).to_contain_text("Draft")
    assert_accessible(page)

    # Approve it, with the date and where it was agreed.
    page.goto(f"{site}/admin/governance/documentversion/{draft.pk}/change/")
    page.get_by_role("link", name="Approve").click()
    page.get_by_label("Effective from").fill("2026-06-01")
    page.get_by_label("Approval").fill("Board meeting of 20 May 2026, motion 4")
    page.get_by_role("button", name="Approve this version").click()
    expect(page.get_by_text("Approved: version 3 is now the current one.")).to_be_visible()

    # Signed out, anyone reads it, with the typed script shown as text, never run.
    page.context.clear_cookies()
    page.goto(f"{site}/governance/documents/terms-of-reference/versions/3/")
    text = page.locator(".document-text")
    expect(text).to_contain_text("Members may ask for an extra meeting. <script>alert(1)</script>")
    expect(text.locator("strong")).to_contain_text("Twenty members suffice.")
    expect(page.locator(".document-text script")).to_have_count(0)
    expect(page.get_by_text("Board meeting of 20 May 2026, motion 4")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_count(1)
    assert_accessible(page)

    # The comparison shows what changed, in words as well as colour.
    page.goto(f"{site}/governance/documents/terms-of-reference/compare/?from=2&to=3")
    expect(page.locator(".diff__line--added").first).to_contain_text("Added:")
    assert_accessible(page)
    page.goto(f"{site}/governance/about/")
    assert_accessible(page)
    page.goto(f"{site}/governance/documents/")
    assert_accessible(page)
