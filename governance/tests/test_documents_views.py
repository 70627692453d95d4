"""The public pages of the statements, terms of reference and policies."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from governance.models import Document, DocumentVersion
from governance.tests.factories_documents import DocumentFactory, DocumentVersionFactory
from tests.plugin import sign_in

Status = DocumentVersion.Status
pytestmark = pytest.mark.django_db


def make_history(**document_fields) -> Document:
    """v1 superseded, v2 approved, v3 draft, v4 in consultation."""
    document = DocumentFactory(**document_fields)
    DocumentVersionFactory(
        document=document,
        number=1,
        superseded=True,
        body="<p>The board meets four times a year.</p><p>Members vote.</p>",
    )
    DocumentVersionFactory(
        document=document,
        number=2,
        approved=True,
        body="<p>The board meets six times a year.</p><p>Members vote.</p>",
        approval_note="Board meeting of 12 March 2026, motion 3",
        change_summary="More meetings",
    )
    DocumentVersionFactory(document=document, number=3, body="<p>Secret draft words.</p>")
    DocumentVersionFactory(
        document=document, number=4, status=Status.CONSULTATION, body="<p>Consulted words.</p>"
    )
    return document


# --- Statements ---------------------------------------------------------------------------------


def test_the_statements_page_shows_each_current_statement_in_order(client, assert_page_queries):
    for order, kind in enumerate(reversed(Document.STATEMENT_KINDS)):
        document = DocumentFactory(kind=kind, slug=kind, title=str(kind.label), order=order)
        DocumentVersionFactory(document=document, number=1, superseded=True, body="<p>Old</p>")
        DocumentVersionFactory(
            document=document, number=2, approved=True, body=f"<p>Current {kind}</p>"
        )
        DocumentVersionFactory(document=document, number=3, body=f"<p>Draft {kind}</p>")

    response = assert_page_queries(reverse("governance:statements"), 3)

    html = response.content.decode()
    positions = [html.index(f"Current {kind}") for kind in Document.STATEMENT_KINDS]
    assert positions == sorted(positions)
    assert "Draft" not in html
    assert "Old" not in html
    assert "Jan. 15, 2026" in html
    assert reverse("governance:document", args=["mission"]) in html


def test_a_statement_is_shown_in_french_with_english_fallback(client):
    mission = DocumentFactory(kind=Document.Kind.MISSION, slug="mission", title_fr="Mission FR")
    DocumentVersionFactory(
        document=mission, approved=True, body="<p>English</p>", body_fr="<p>Français</p>"
    )
    vision = DocumentFactory(kind=Document.Kind.VISION, slug="vision")
    DocumentVersionFactory(document=vision, approved=True, body="<p>Only English</p>")

    with translation.override("fr"):
        url = reverse("governance:statements")
    response = client.get(url, headers={"accept-language": "fr"})

    html = response.content.decode()
    assert "Français" in html
    assert "Mission FR" in html
    assert "Only English" in html
    assert "<p>English</p>" not in html


# --- Documents ----------------------------------------------------------------------------------


def test_the_documents_page_groups_current_versions_by_kind(client, assert_page_queries):
    for n in range(6):
        make_history(kind=Document.Kind.POLICY, title=f"Policy {n}", slug=f"p-{n}")
    terms = DocumentFactory(kind=Document.Kind.TERMS_OF_REFERENCE, title="Network terms")
    DocumentVersionFactory(document=terms, approved=True)
    DocumentFactory(kind=Document.Kind.CODE_OF_CONDUCT, title="Unpublished code")
    mission = DocumentFactory(kind=Document.Kind.MISSION, title="Our mission")
    DocumentVersionFactory(document=mission, approved=True)

    response = assert_page_queries(reverse("governance:documents"), 3)

    html = response.content.decode()
    assert html.index("Terms of reference") < html.index("Network terms")
    assert html.index("Network terms") < html.index("Other policy") < html.index("Policy 5")
    assert "Unpublished code" not in html
    assert "Our mission" not in html


# --- One document -------------------------------------------------------------------------------


def test_a_document_shows_its_current_version_and_the_earlier_ones(
    client, assert_page_queries, governance_member
):
    document = make_history(slug="terms")
    for number in range(5, 15):
        DocumentVersionFactory(document=document, number=number, status=Status.DRAFT)
    document.versions.filter(number=2).update(approved_by=governance_member)

    response = assert_page_queries(reverse("governance:document", args=["terms"]), 4)

    html = response.content.decode()
    assert "six times a year" in html
    assert "Board Seat" in html  # who approved it
    assert "Board meeting of 12 March 2026, motion 3" in html
    assert "Jan. 15, 2026" in html
    assert reverse("governance:document_version", args=["terms", 1]) in html
    assert reverse("governance:document_version", args=["terms", 3]) not in html
    assert "Secret draft" not in html


def test_governance_members_also_see_the_drafts_listed(client, governance_member):
    make_history(slug="terms")

    response = sign_in(client, governance_member).get(
        reverse("governance:document", args=["terms"])
    )

    html = response.content.decode()
    assert reverse("governance:document_version", args=["terms", 3]) in html
    assert reverse("governance:document_version", args=["terms", 4]) in html


@pytest.mark.parametrize("who", ["anonymous", "full_member", "content_editor"])
def test_a_document_never_approved_is_not_found_for_the_public(client, request, who):
    document = DocumentFactory(slug="future-policy")
    DocumentVersionFactory(document=document)

    response = sign_in(client, request.getfixturevalue(who)).get(
        reverse("governance:document", args=["future-policy"])
    )

    assert response.status_code == 404


@pytest.mark.parametrize("who", ["governance_member", "network_admin"])
def test_a_document_never_approved_is_shown_to_those_who_write_it(client, request, who):
    document = DocumentFactory(slug="future-policy")
    DocumentVersionFactory(document=document)

    response = sign_in(client, request.getfixturevalue(who)).get(
        reverse("governance:document", args=["future-policy"])
    )

    assert response.status_code == 200
    assert "Not published" in response.content.decode()


# --- One version --------------------------------------------------------------------------------


def test_a_superseded_version_is_public_and_says_which_is_current(client, assert_page_queries):
    make_history(slug="terms")

    response = assert_page_queries(reverse("governance:document_version", args=["terms", 1]), 4)

    html = response.content.decode()
    assert "four times a year" in html
    assert "Superseded" in html
    assert reverse("governance:document_version", args=["terms", 2]) in html


@pytest.mark.parametrize("number", [3, 4])
@pytest.mark.parametrize("who", ["anonymous", "full_member", "complaints_officer"])
def test_drafts_and_consultation_versions_are_not_found_for_others(client, request, who, number):
    make_history(slug="terms")

    response = sign_in(client, request.getfixturevalue(who)).get(
        reverse("governance:document_version", args=["terms", number])
    )

    assert response.status_code == 404


@pytest.mark.parametrize("who", ["governance_member", "network_admin"])
def test_a_draft_is_shown_with_a_draft_banner_to_those_who_write_it(client, request, who):
    make_history(slug="terms")

    response = sign_in(client, request.getfixturevalue(who)).get(
        reverse("governance:document_version", args=["terms", 3])
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Secret draft words" in html
    assert "<strong>Draft" in html
    assert "has not been approved" in html


def test_an_unknown_version_is_not_found(client):
    make_history(slug="terms")

    response = client.get(reverse("governance:document_version", args=["terms", 99]))

    assert response.status_code == 404


# --- Comparing ----------------------------------------------------------------------------------


def compare_url(slug: str, query: str = "") -> str:
    return reverse("governance:document_compare", args=[slug]) + query


def test_comparing_two_versions_marks_removed_and_added_lines_in_words(client, assert_page_queries):
    make_history(slug="terms")

    response = assert_page_queries(compare_url("terms", "?from=1&to=2"), 4)

    html = response.content.decode()
    assert "Removed:</span> <del>The board meets four times a year.</del>" in html
    assert "Added:</span> <ins>The board meets six times a year.</ins>" in html
    assert "Members vote." in html
    assert '<option value="1" selected>' in html
    assert '<option value="2" selected>' in html


def test_the_compare_page_starts_with_the_two_newest_versions(client):
    make_history(slug="terms")

    response = client.get(compare_url("terms"))

    assert response.status_code == 200
    assert "<del>The board meets four times a year.</del>" in response.content.decode()


def test_governance_members_compare_a_draft_with_the_current_version(client, governance_member):
    make_history(slug="terms")

    response = sign_in(client, governance_member).get(compare_url("terms", "?from=2&to=3"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<ins>Secret draft words.</ins>" in html
    assert "has not been approved" in html


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("?from=1", "to", "Choose the version to compare to."),
        ("?to=2", "from", "Choose the version to compare from."),
        ("?from=&to=2", "from", "Choose the version to compare from."),
        ("?from=abc&to=2", "from", "there is no version abc to compare"),
        ("?from=1&to=99", "to", "there is no version 99 to compare"),
        ("?from=1&to=3", "to", "there is no version 3 to compare"),  # a draft, for the public
        ("?from=2&to=2", "to", "Choose two different versions to compare."),
        ("?from=1e9999&to=2", "from", "there is no version 1e9999 to compare"),
    ],
)
def test_a_bad_choice_of_versions_is_a_400_with_the_message_at_the_field(
    client, query, field, message
):
    make_history(slug="terms")

    response = client.get(compare_url("terms", query))

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'id="id_{field}_error"' in html
    assert "<del>" not in html


def test_comparing_a_document_the_public_cannot_see_is_not_found(client):
    DocumentVersionFactory(document=DocumentFactory(slug="future"), number=1)

    assert client.get(compare_url("future", "?from=1&to=1")).status_code == 404


def test_effective_date_is_shown_in_the_persons_language(client):
    document = DocumentFactory(slug="terms")
    DocumentVersionFactory(
        document=document, approved=True, effective_date=datetime.date(2026, 4, 1)
    )

    response = client.get(reverse("governance:document", args=["terms"]))

    assert "April 1, 2026" in response.content.decode()
