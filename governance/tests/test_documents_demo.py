"""The demo's statements and policies."""

import pytest
from django.urls import reverse

from governance.demo.documents import seed
from governance.models import Document, DocumentVersion
from network.demo import seed_demo

Status = DocumentVersion.Status
pytestmark = pytest.mark.django_db


def test_the_demo_documents_seed_twice_and_give_what_the_issue_asks(client):
    seed_demo()
    seed()

    kinds = set(Document.objects.values_list("kind", flat=True))
    assert set(Document.STATEMENT_KINDS) <= kinds
    for slug in ("code-of-conduct", "privacy-policy", "complaint-policy", "stigma-free-language"):
        # The consultations demo adds a draft to the code of conduct: one approved each.
        assert Document.objects.get(slug=slug).versions.filter(status=Status.APPROVED).count() == 1
    terms = Document.objects.get(slug="terms-of-reference")
    assert dict(terms.versions.values_list("number", "status")) == {
        1: Status.SUPERSEDED,
        2: Status.APPROVED,
    }
    assert terms.versions.get(number=2).approved_by.email == "governance@example.org"
    assert all(v.body_fr for v in DocumentVersion.objects.all())

    compare = client.get(
        reverse("governance:document_compare", args=["terms-of-reference"]) + "?from=1&to=2"
    )
    html = compare.content.decode()
    assert "<del>The board meets four times a year; meetings are open to members.</del>" in html
    assert "<ins>The board meets six times a year; meetings are open to members.</ins>" in html
    statements = client.get(reverse("governance:statements")).content.decode()
    assert "shared sense of purpose" in statements
