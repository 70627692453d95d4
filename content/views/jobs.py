"""Content views: the jobs part. The list of open postings, and a posting's page."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from ..forms.jobs import JobFilterForm
from ..models import Status
from ..selectors import jobs as selectors

JOBS_PER_PAGE = 20


@require_safe
def job_list(request: HttpRequest) -> HttpResponse:
    form = JobFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        filters = form.filters() if form.is_bound else {}
        paginator = Paginator(selectors.jobs_listed(request.user, **filters), JOBS_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "content/jobs/job_list.html",
        {"form": form, "page": page},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_safe
def job(request: HttpRequest, slug: str) -> HttpResponse:
    posting = selectors.job_for_page(slug, request.user)
    closed = selectors.job_is_closed(posting)
    is_draft = posting.status != Status.PUBLISHED
    response = render(
        request, "content/jobs/job.html", {"job": posting, "closed": closed, "is_draft": is_draft}
    )
    if closed or is_draft:
        # Still there for links shared before, but no longer for search engines to send people to.
        response["X-Robots-Tag"] = "noindex"
    return response
