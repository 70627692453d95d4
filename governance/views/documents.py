"""Governance views: the documents part (the statements, terms of reference and policies)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from members.selectors import membership_of
from network.richtext import text_diff

from ..forms.documents import CompareForm
from ..selectors.documents import (
    document_history_or_404,
    documents_current_by_kind,
    statements_current,
    version_or_404,
)


def _history(request: HttpRequest, slug: str):
    membership = membership_of(request) if request.user.is_authenticated else None
    member = membership is not None and membership.is_active
    return document_history_or_404(slug=slug, user=request.user, member=member)


@require_safe
def statements(request: HttpRequest) -> HttpResponse:
    return render(
        request, "governance/documents/statements.html", {"versions": statements_current()}
    )


@require_safe
def documents(request: HttpRequest) -> HttpResponse:
    return render(
        request, "governance/documents/documents.html", {"groups": documents_current_by_kind()}
    )


@require_safe
def document(request: HttpRequest, slug: str) -> HttpResponse:
    history = _history(request, slug)
    return render(request, "governance/documents/document.html", {"history": history})


@require_safe
def document_version(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    history = _history(request, slug)
    version = version_or_404(history, number)
    return render(
        request,
        "governance/documents/version.html",
        {"history": history, "version": version},
    )


@require_safe
def document_compare(request: HttpRequest, slug: str) -> HttpResponse:
    """Two versions side by side as one list of lines: kept, removed and added.

    Opened without a choice, the form starts at the two newest versions; a choice that is
    missing, not a number, or not a version the viewer may see is a 400 with its message.
    """
    history = _history(request, slug)
    visible = history.visible
    submitted = "from" in request.GET or "to" in request.GET
    initial = {}
    if len(visible) >= 2:
        initial = {"from_number": visible[1].number, "to_number": visible[0].number}
    form = CompareForm(request.GET if submitted else None, versions=visible, initial=initial)
    old = new = None
    if form.is_bound and form.is_valid():
        old = form.by_number[form.cleaned_data["from_number"]]
        new = form.by_number[form.cleaned_data["to_number"]]
    elif not form.is_bound and initial:
        old = form.by_number[initial["from_number"]]
        new = form.by_number[initial["to_number"]]
    diff = text_diff(old.display_body, new.display_body) if old and new else None
    return render(
        request,
        "governance/documents/compare.html",
        {
            "history": history,
            "form": form,
            "old": old,
            "new": new,
            "diff": diff,
            "changes": sum(1 for kind, _line in diff or () if kind != "same"),
        },
        status=400 if form.is_bound and form.errors else 200,
    )
