"""Speakers' bureau views: the matching part. A speaker's engagements: offers to answer, what is
coming up, what is past; each engagement's page, where they accept, decline or withdraw; and their
private debrief afterwards. Each engagement is its speaker's alone: anyone else gets 404."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from governance.models import cad

from ..forms.matching import ConfirmForm, DebriefForm
from ..models import Offer, SpeakingRequest
from ..selectors import matching as selectors
from ..selectors.requests import request_coordinators
from ..services import matching as services

PER_PAGE = 20
LISTS = {
    "waiting": gettext_lazy("Waiting for your answer"),
    "upcoming": gettext_lazy("Coming up"),
    "past": gettext_lazy("Past and closed"),
}


def _engagement_or_404(request: HttpRequest, pk: int) -> Offer:
    offer = selectors.engagement_of(request.user, pk)
    if offer is None:
        raise Http404
    return offer


@require_safe
@login_required
@never_cache
def my_engagements(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    shown = request.GET.get("show", "waiting")
    if shown not in LISTS:
        shown = "waiting"
    counts = selectors.engagement_counts(request.user, now)
    offers = selectors.engagements_of(request.user).filter(selectors.engagement_groups(now)[shown])
    # What needs an answer soonest first; the past, most recent first.
    ordering = ["-request__starts_at", "-pk"] if shown == "past" else ["request__starts_at", "pk"]
    page = Paginator(offers.order_by(*ordering), PER_PAGE).get_page(request.GET.get("page"))
    for offer in page:
        offer.status_for_speaker = selectors.engagement_status(offer, now)
    tabs = [
        {"key": key, "label": label, "count": counts[key], "current": key == shown}
        for key, label in LISTS.items()
    ]
    return render(
        request,
        "speakers/matching/my_engagements.html",
        {"page": page, "tabs": tabs, "shown": shown, "shown_label": LISTS[shown]},
    )


def _engagement_page(request: HttpRequest, offer: Offer, status: int = 200) -> HttpResponse:
    now = timezone.now()
    speaking_request = offer.request
    open_request = speaking_request.status in (
        SpeakingRequest.Status.MATCHING,
        SpeakingRequest.Status.CONFIRMED,
    )
    context = {
        "offer": offer,
        "speaking_request": speaking_request,
        "topics": list(speaking_request.topics.all()),
        "status_for_speaker": selectors.engagement_status(offer, now),
        "may_answer": offer.status == Offer.Status.OFFERED
        and speaking_request.status == SpeakingRequest.Status.MATCHING
        and speaking_request.starts_at > now,
        "may_withdraw": offer.status == Offer.Status.ACCEPTED
        and open_request
        and speaking_request.starts_at > now,
        "may_debrief": not services.debrief_refusal(offer, now),
        "debrief": getattr(offer, "debrief", None),
        "coordinators": request_coordinators(speaking_request),
        "network_contact_email": settings.NETWORK_CONTACT_EMAIL,
        "honorarium_offered": cad(speaking_request.honorarium_offered),
    }
    return render(request, "speakers/matching/engagement.html", context, status=status)


@require_safe
@login_required
@never_cache
def engagement(request: HttpRequest, pk: int) -> HttpResponse:
    return _engagement_page(request, _engagement_or_404(request, pk))


def _answer(request: HttpRequest, pk: int, service, done: str) -> HttpResponse:
    offer = _engagement_or_404(request, pk)
    try:
        service(offer_id=offer.pk, person=request.user)
    except services.MatchingError as error:
        messages.error(request, error.message)
        return _engagement_page(request, _engagement_or_404(request, pk), status=409)
    messages.success(request, done)
    return redirect("speakers:engagement", offer.pk)


@login_required
@require_POST
def engagement_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _answer(
        request,
        pk,
        services.offer_accept,
        _(
            "Thank you: you accepted. The coordinators will confirm the engagement with the host "
            "and email you."
        ),
    )


@login_required
@require_POST
def engagement_decline(request: HttpRequest, pk: int) -> HttpResponse:
    return _answer(
        request,
        pk,
        services.offer_decline,
        _("You declined. Thank you for letting us know; nothing more is needed from you."),
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def engagement_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page, then the withdrawal itself (no reason asked)."""
    offer = _engagement_or_404(request, pk)
    if request.method == "POST":
        return _answer(
            request,
            pk,
            services.offer_withdraw,
            _(
                "You withdrew. The coordinators are told and will find someone else; take care "
                "of yourself."
            ),
        )
    return render(
        request,
        "speakers/matching/withdraw.html",
        {"offer": offer, "speaking_request": offer.request, "form": ConfirmForm()},
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@never_cache
def debrief(request: HttpRequest, pk: int) -> HttpResponse:
    """The speaker's private check-in after an engagement; they may come back and change it."""
    offer = _engagement_or_404(request, pk)
    refusal = services.debrief_refusal(offer)
    if refusal:
        if offer.status != Offer.Status.ACCEPTED:
            raise Http404
        messages.info(request, refusal)
        return redirect("speakers:engagement", offer.pk)
    existing = getattr(offer, "debrief", None)
    form = DebriefForm(request.POST or None, instance=existing)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.debrief_save(
                    offer_id=offer.pk,
                    person=request.user,
                    feeling=form.cleaned_data["feeling"],
                    notes=form.cleaned_data["notes"],
                    follow_up=form.cleaned_data["follow_up"],
                )
            except services.MatchingError as error:
                messages.error(request, error.message)
                return redirect("speakers:engagement", offer.pk)
            messages.success(
                request,
                _("Saved. Only you can read it.")
                if not form.cleaned_data["follow_up"]
                else _("Saved. Only you can read it; a coordinator will check in with you."),
            )
            return redirect("speakers:engagement", offer.pk)
        status = 400
    return render(
        request,
        "speakers/matching/debrief.html",
        {"offer": offer, "speaking_request": offer.request, "form": form, "existing": existing},
        status=status,
    )
