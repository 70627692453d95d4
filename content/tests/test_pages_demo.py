"""The pages demo: the tree the source report found on peer networks' sites, in English and
French, with members-only, draft and scheduled pages; idempotent. And a crawl of everything a
signed-out visitor can reach from it, which finds no members-only, draft or scheduled text."""

import re
from collections import deque

import pytest

from content.demo import pages as demo
from content.models import Access, Page, PageRevision, Status

pytestmark = pytest.mark.django_db


def test_the_demo_builds_the_tree_of_a_peer_network_site_in_both_languages():
    demo.seed()

    paths = set(Page.objects.values_list("path", flat=True))
    assert {
        "who-we-are",
        "who-we-are/guiding-principles",
        "who-we-are/staffing",
        "who-we-are/position-statements",
        "get-involved",
        "projects",
        "publications",
        "faq",
        "privacy",
        "disclaimer",
        "accessibility",
    } <= paths
    for page in Page.objects.all():
        assert page.title_fr, page.path
        assert page.body, page.path
        assert page.body_fr, page.path


def test_the_demo_has_members_only_full_members_only_draft_and_scheduled_pages():
    demo.seed()

    honoraria = Page.objects.get(path="member-handbook/honoraria-and-expenses")
    assert Page.objects.get(path="member-handbook").access == Access.MEMBERS
    assert (honoraria.access, honoraria.effective_access) == (Access.PUBLIC, Access.MEMBERS)
    assert Page.objects.get(path="peer-space-guidelines").access == Access.FULL_MEMBERS
    assert Page.objects.get(path="publications/annual-report").status == Status.DRAFT
    assert Page.objects.get(path="projects/annual-conference").publish_at is not None


def test_seeding_twice_changes_nothing_and_records_no_new_revision():
    demo.seed()
    pages, revisions = Page.objects.count(), PageRevision.objects.count()
    conference = Page.objects.get(path="projects/annual-conference").publish_at

    demo.seed()

    assert Page.objects.count() == pages
    assert PageRevision.objects.count() == revisions
    assert Page.objects.get(path="projects/annual-conference").publish_at == conference


def test_the_demo_puts_back_a_missing_statement_and_keeps_an_edited_one():
    Page.objects.filter(path="disclaimer").delete()
    Page.objects.filter(path="privacy").update(title="Our privacy promise")

    demo.seed()

    assert Page.objects.get(path="disclaimer").title == "Disclaimer"
    assert Page.objects.get(path="privacy").title == "Our privacy promise"


# --- Nothing members-only reaches the signed-out -----------------------------------------------

HIDDEN_PATHS = (
    "member-handbook",
    "member-handbook/honoraria-and-expenses",
    "peer-space-guidelines",
    "publications/annual-report",
    "projects/annual-conference",
)


def _phrases_only_members_may_read() -> list[str]:
    """The titles, summaries and first sentences of the pages the signed-out may not see."""
    phrases = []
    for page in Page.objects.filter(path__in=HIDDEN_PATHS):
        first_sentence = re.sub(r"<[^>]+>", "", page.body).split(".")[0].strip()
        phrases += [page.title, page.title_fr, page.summary, first_sentence]
    return [phrase for phrase in phrases if phrase]


def _crawl(client, starts: list[str], limit: int = 300) -> dict[str, str]:
    """Every page of this site reachable from `starts` by links, signed out: {url: content}."""
    seen: dict[str, str] = {}
    queue = deque(starts)
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen or url.startswith(("/admin/", "/accounts/", "/static/", "/i18n/")):
            continue
        response = client.get(url)
        seen[url] = response.content.decode(errors="replace")
        if response.status_code != 200:
            continue
        for link in re.findall(r'(?:href|<loc>)="?(?:https?://testserver)?(/[^"<#?]*)', seen[url]):
            if link not in seen:
                queue.append(link)
    return seen


def test_a_signed_out_crawl_from_the_home_page_finds_no_members_only_draft_or_scheduled_text(
    client,
):
    demo.seed()
    phrases = _phrases_only_members_may_read()
    assert len(phrases) >= 15

    pages = _crawl(client, ["/", "/about/", "/sitemap.xml"])
    client.cookies["django_language"] = "fr"
    pages_fr = _crawl(client, ["/", "/about/"])

    assert "/who-we-are/staffing/" in pages
    assert "/faq/" in pages_fr
    for url, content in [*pages.items(), *pages_fr.items()]:
        text = content.replace("&#x27;", "'")
        for phrase in phrases:
            assert phrase not in text, f"{url} shows “{phrase}”"
