"""Content views: the search part (one search box over everything a person may read)."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from network.search import has_words

from ..forms.search import SearchForm
from ..selectors import search as selectors

RESULTS_PER_PAGE = 10


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """The results of `?q=` (narrowed by `?kind=`), 10 a page, ranked across kinds.

    No words (empty, or punctuation only): the form with a hint, 200. A query too long or an
    unknown kind: 400, with the message on its field and what was typed kept. A page number past
    the end shows the last page (Django's `Paginator.get_page`), as a list that shrank since the
    link was made should.
    """
    form = SearchForm(request.GET or None)
    context: dict = {"form": form, "page": None, "counts": None, "no_words": False}
    if form.is_bound and form.is_valid():
        q = form.cleaned_data["q"]
        kind = form.cleaned_data["kind"]
        if q and not has_words(q):
            context["no_words"] = True
        elif q:
            found = selectors.search(request.user, q, kind=kind)
            page = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            context |= {
                "q": q,
                "kind": kind,
                "page": page,
                "counts": [
                    (choice, label, found.counts[choice])
                    for choice, label in selectors.kind_choices()
                    if found.counts[choice]
                ],
                "total": sum(found.counts.values()),
            }
    return render(
        request,
        "content/search/search.html",
        context,
        status=400 if form.is_bound and form.errors else 200,
    )
