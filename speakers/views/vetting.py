"""Speakers' bureau views: the vetting part. A reviewer's own pages: the applications assigned to
them, and each one with their assessment. Nobody else reaches them (404), coordinators and
administrators included: they read applications in the admin."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from ..forms.vetting import AssessmentForm
from ..selectors import vetting as selectors
from ..services import vetting as services

PER_PAGE = 20
TEMPLATES = "speakers/vetting"


@never_cache
@require_safe
@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    if not selectors.is_reviewer(request.user):
        raise Http404
    page = Paginator(selectors.applications_assigned_to(request.user), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        f"{TEMPLATES}/review_list.html",
        {"page": page, "criteria_count": selectors.active_criteria().count()},
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def review(request: HttpRequest, public_id) -> HttpResponse:
    speaker = selectors.application_for_reviewer(request.user, public_id)
    if speaker is None:
        raise Http404
    criteria = list(selectors.active_criteria())
    assessments = selectors.assessments_of(speaker)
    mine = [a for a in assessments if a.reviewer_id == request.user.pk]
    open_for_assessment = speaker.status in services.ASSESS_FROM
    form = None
    if open_for_assessment:
        form = AssessmentForm(
            request.POST if request.method == "POST" else None,
            criteria=criteria,
            mine={a.criterion_id: a for a in mine},
        )
    status = 200
    if request.method == "POST":
        if form is None:
            status = 409  # decided meanwhile: the page says so, and shows what was kept
        elif form.is_valid():
            try:
                services.assessments_save(
                    speaker_id=speaker.pk, reviewer=request.user, outcomes=form.outcomes()
                )
            except services.VettingError as error:
                form.add_error(None, error.messages)
                status = 409
            else:
                messages.success(
                    request,
                    _(
                        "Your assessment is saved. You can change it until the application is "
                        "decided."
                    ),
                )
                return redirect("speakers:review", speaker.public_id)
        else:
            status = 400
    return render(
        request,
        f"{TEMPLATES}/review.html",
        {
            "speaker": speaker,
            "sections": selectors.application_sections(speaker),
            "form": form,
            "mine": mine,
            "assessed": sum(1 for a in mine if a.criterion.active),
            "criteria_count": len(criteria),
            "others": [a for a in assessments if a.reviewer_id != request.user.pk],
        },
        status=status,
    )
