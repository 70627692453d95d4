"""Governance views: the consultations part. Members with an active membership read and comment;
full members vote. Anyone else is told membership is needed (the list) or gets 404 (a
consultation, its comment and vote addresses), as for member pages elsewhere."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from members.decorators import member_required
from members.models import MembershipType
from members.selectors import membership_of
from network.richtext import text_diff

from ..forms.consultations import CommentForm, VoteForm
from ..models import Consultation
from ..selectors.consultations import (
    approved_version_of,
    comment_shown_name,
    comments_shown,
    consultation_for_members,
    consultations_closed,
    consultations_open,
    consultations_upcoming,
    document_links,
    vote_counts,
    vote_of,
)
from ..services.consultations import ConsultationError, comment_add, vote_cast

CLOSED_PAGE_SIZE = 10
COMMENTS_PAGE_SIZE = 20


@member_required
@require_safe
def consultation_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    closed = Paginator(consultations_closed(now), CLOSED_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "governance/consultations/list.html",
        {
            "open": list(consultations_open(now)),
            "upcoming": list(consultations_upcoming(now)),
            "page": closed,
        },
    )


def _consultation_for(request: HttpRequest, pk: int) -> Consultation:
    """A consultation, for a person with an active membership; 404 for anyone else."""
    membership = membership_of(request)
    if membership is None or not membership.is_active:
        raise Http404
    consultation = consultation_for_members(pk)
    if consultation is None:
        raise Http404
    return consultation


def _render_detail(
    request: HttpRequest,
    consultation: Consultation,
    *,
    comment_form: CommentForm | None = None,
    vote_form: VoteForm | None = None,
    status: int = 200,
) -> HttpResponse:
    is_full_member = request.membership.membership_type == MembershipType.FULL
    my_vote = vote_of(consultation, request.user) if is_full_member else None
    if vote_form is None and is_full_member:
        vote_form = VoteForm(initial={"choice": my_vote.choice} if my_vote else None)
    comments = Paginator(comments_shown(consultation), COMMENTS_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    version = consultation.document_version
    approved = approved_version_of(version) if version is not None else None
    results, total = vote_counts(consultation) if consultation.results_published else ([], 0)
    # The changes, here as well as on the documents part's comparison page: members read the
    # draft beside what it changes without leaving the consultation.
    changes = text_diff(approved.display_body, version.display_body) if approved else []
    return render(
        request,
        "governance/consultations/detail.html",
        {
            "consultation": consultation,
            "phase": consultation.phase,
            "version": version,
            "approved": approved,
            "changes": changes,
            "links": document_links(version, approved) if version is not None else {},
            "page": comments,
            "comments": [
                (comment, comment_shown_name(comment, request.user)) for comment in comments
            ],
            "comment_form": comment_form or CommentForm(),
            "is_full_member": is_full_member,
            "vote_form": vote_form,
            "my_vote": my_vote,
            "results": results,
            "total_votes": total,
        },
        status=status,
    )


@login_required
@require_safe
def consultation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_detail(request, _consultation_for(request, pk))


@login_required
@require_POST
def consultation_comment(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = _consultation_for(request, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            comment_add(
                consultation=consultation, author=request.user, body=form.cleaned_data["body"]
            )
        except ConsultationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you: your comment is posted."))
            return redirect(f"{consultation.get_absolute_url()}#comments")
    return _render_detail(request, consultation, comment_form=form, status=400)


@login_required
@require_POST
def consultation_vote(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = _consultation_for(request, pk)
    form = VoteForm(request.POST)
    if form.is_valid():
        try:
            vote = vote_cast(
                consultation=consultation, voter=request.user, choice=form.cleaned_data["choice"]
            )
        except ConsultationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Your vote is recorded: %(choice)s. You can change it until the close.")
                % {"choice": vote.get_choice_display()},
            )
            return redirect(f"{consultation.get_absolute_url()}#vote")
    return _render_detail(request, consultation, vote_form=form, status=400)
