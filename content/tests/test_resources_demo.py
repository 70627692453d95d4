"""The library's demo: the implementation tools of the sources written out in English and
French, with links, documents and videos that make every filter and flag show something."""

import re

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from content.demo import resources as demo
from content.models import Access, ContentLanguage, Resource
from content.selectors.resources import review_due_before

pytestmark = pytest.mark.django_db


def _items(html: str, tag: str = "li") -> int:
    return len(re.findall(f"<{tag}>", html))


@pytest.fixture
def seeded():
    demo.seed()
    return {resource.slug: resource for resource in Resource.objects.all()}


def test_seeding_twice_changes_nothing_and_makes_each_file_once(seeded):
    files = {slug: r.file.name for slug, r in seeded.items() if r.file}

    demo.seed()

    assert Resource.objects.count() == len(seeded) == len(demo.TOOLS) + len(demo.OTHERS)
    assert {r.slug: r.file.name for r in Resource.objects.exclude(file="")} == files


def test_the_readiness_checklist_has_its_27_items_in_five_sections(seeded):
    body = seeded["organizational-readiness-checklist"].body
    checklist = body.split("<h2>Before you start")[0]

    assert _items(checklist, "h2") == 5
    # 27 statements, one of them with four points to audit.
    assert _items(checklist) == 27 + 4
    assert "Senior leadership supports the implementation of a peer worker role." in body
    assert "<strong>Relative advantage</strong>" in body  # 001, section 1.A
    assert (
        "La haute direction appuie la mise en place"
        in seeded["organizational-readiness-checklist"].body_fr
    )


@pytest.mark.parametrize(
    ("slug", "count"),
    [
        ("what-a-successful-peer-role-looks-like", 16),
        ("peer-support-expectation-statements", 17),
        ("boundary-setting-discussion-document", 14),
        ("four-implementation-stages", 12),
    ],
)
def test_each_tool_has_the_items_of_its_source_in_both_languages(seeded, slug, count):
    tool = seeded[slug]

    assert tool.kind == Resource.Kind.TOOL
    assert _items(tool.body) == _items(tool.body_fr) == count
    assert tool.title_fr
    assert tool.summary_fr


def test_the_four_stages_are_named_as_in_the_source(seeded):
    body = seeded["four-implementation-stages"].body

    for stage in ["Engage and explore", "Plan and prepare", "Initiate and refine", "Sustain and"]:
        assert stage in body


def test_the_demo_shows_every_flag_and_filter(seeded):
    resources = list(seeded.values())
    cutoff = review_due_before(timezone.localdate())

    assert {r.kind for r in resources} == set(Resource.Kind.values)
    assert any(r.access == Access.MEMBERS for r in resources)
    assert any(r.reviewed_on < cutoff for r in resources)
    assert any(r.link_state == Resource.LinkState.DEAD for r in resources)
    assert any(r.language == ContentLanguage.FRENCH for r in resources)
    assert any(r.lhin is not None for r in resources)
    assert any(r.lhin is None for r in resources)
    assert all(r.competencies.exists() for r in resources)


def test_the_printable_files_are_real_files_that_pass_the_upload_checks(seeded, client):
    readiness = seeded["organizational-readiness-checklist"]
    boundaries = seeded["boundary-setting-discussion-document"]
    poster = seeded["ce-que-vous-pouvez-attendre-affiche"]

    assert readiness.file_type == poster.file_type == "application/pdf"
    assert boundaries.file_type == "text/csv"
    with default_storage.open(readiness.file.name) as stored:
        pdf = stored.read()
    assert pdf.startswith(b"%PDF-1.4")
    assert pdf.rstrip().endswith(b"%%EOF")
    download = client.get(f"/resources/{boundaries.slug}/download/")
    assert download["Content-Type"] == "text/csv; charset=utf-8"
    assert b"Lending or borrowing money" in b"".join(download.streaming_content)
